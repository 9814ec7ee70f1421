using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MpLeaflets.Csv;

/// <summary>
/// The one CSV dialect of the repository's files (RFC 4180, comma, LF, UTF-8 without BOM, a fixed
/// header). Never sniffed: a file either is in this dialect or gets an error naming file and line.
/// Writing is canonical, so reading a file and writing it unchanged gives the same bytes.
/// </summary>
public static class CanonicalCsv
{
    public static IReadOnlyList<CsvRecord> Read(string path, string displayName, IReadOnlyList<string> header)
    {
        var text = StrictText.ReadUtf8(path, displayName);
        return Parse(text, displayName, header);
    }

    public static IReadOnlyList<CsvRecord> Parse(string text, string displayName, IReadOnlyList<string> header) =>
        Parse(text, displayName, [header]).Records;

    /// <summary>
    /// Reads a file whose header is one of <paramref name="headers"/>: the current one first, then
    /// older ones a file written by an earlier version may still have. Returns which one it was.
    /// </summary>
    public static (IReadOnlyList<CsvRecord> Records, int Header) Parse(string text, string displayName, IReadOnlyList<IReadOnlyList<string>> headers)
    {
        CheckQuotesClosed(text, displayName);
        var records = new List<CsvRecord>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = args => throw new ContentException(displayName, LineOf(text, args.RawRecord),
                "a quote (\") appears inside a field that does not start with a quote",
                "Put the whole field in double quotes and double every quote inside it (\"\"), as RFC 4180 says; the file was not changed"),
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        var previousRaw = 0;
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            // RawRow counts physical lines read so far, so a record spanning lines starts after the previous one.
            var line = previousRaw + 1;
            previousRaw = parser.RawRow;
            records.Add(new CsvRecord(line, fields));
        }

        var which = CheckHeader(records, displayName, headers);
        var header = headers[which];
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new ContentException(displayName, record.Line,
                    $"this row has {record.Fields.Count} columns, but the header has {header.Count} ({string.Join(",", header)})",
                    "Check for a missing or extra comma, or a field with a comma that is not in double quotes; the file was not changed");
            }
        }
        return (records.Skip(1).ToList(), which);
    }

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            ShouldQuote = args => NeedsQuotes(args.Field),
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new CsvWriter(text, config))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    writer.WriteField(field);
                }
                writer.NextRecord();
            }
        }
        return text.ToString();
    }

    /// <summary>RFC 4180 §2.6: fields with quotes, commas or line breaks are quoted; we also quote edge
    /// spaces so that tools which trim unquoted fields keep them.</summary>
    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) &&
        (field.AsSpan().IndexOfAny("\",\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    private static int CheckHeader(List<CsvRecord> records, string displayName, IReadOnlyList<IReadOnlyList<string>> headers)
    {
        var header = headers[0];
        if (records.Count > 0 && records[0].Fields.Count == 1 && records[0].Fields[0].IndexOfAny(['\t', ';']) >= 0)
        {
            var by = records[0].Fields[0].Contains('\t') ? "tabs" : "';'";
            throw new ContentException(displayName, 1, $"the columns are separated by {by}, not by commas",
                "Save the file as 'CSV UTF-8 (comma delimited)'; the file was not changed");
        }
        var which = records.Count == 0 ? -1 : headers.ToList().FindIndex(h => records[0].Fields.SequenceEqual(h));
        if (which < 0)
        {
            var found = records.Count == 0 ? "the file is empty" : $"the first line is '{string.Join(",", records[0].Fields)}'";
            throw new ContentException(displayName, 1, $"the header row is missing or wrong: {found}",
                $"The first line must be exactly '{string.Join(",", header)}'; the file was not changed");
        }
        return which;
    }

    /// <summary>Finds an opening quote that is never closed (RFC 4180 §2.5–2.7), which a parser would
    /// otherwise silently read to the end of the file, swallowing every following row.</summary>
    private static void CheckQuotesClosed(string text, string displayName)
    {
        var inQuotes = false;
        var atFieldStart = true;
        var line = 1;
        var openedOn = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { i++; }
                    else { inQuotes = false; }
                }
            }
            else if (c == '"' && atFieldStart)
            {
                inQuotes = true;
                openedOn = line;
            }
            atFieldStart = !inQuotes && (c == ',' || c == '\n');
            if (c == '\n') { line++; }
        }
        if (inQuotes)
        {
            throw new ContentException(displayName, openedOn, "a quoted field starts on this line and its closing quote (\") is missing",
                "Add the closing double quote at the end of the field; the file was not changed");
        }
    }

    private static int LineOf(string text, string? raw)
    {
        if (string.IsNullOrEmpty(raw)) { return 0; }
        var at = text.IndexOf(raw, StringComparison.Ordinal);
        return at < 0 ? 0 : 1 + text.AsSpan(0, at).Count('\n');
    }
}
