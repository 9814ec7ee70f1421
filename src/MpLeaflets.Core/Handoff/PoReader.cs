using System.Text;
using System.Text.RegularExpressions;

namespace MpLeaflets.Handoff;

/// <summary>
/// Reads a PO file as PO editors save it: strings re-wrapped over several lines, header fields in any
/// order, comments of every kind, CRLF or LF. Obsolete entries (#~) are skipped, together with
/// the comments above them. Syntax errors name the file and line; nothing is imported then.
/// </summary>
public static partial class PoReader
{
    public static HandoffDocument Parse(string text, string displayName)
    {
        var reader = new State(displayName);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            reader.Line(i + 1, lines[i].TrimEnd('\r').Trim());
        }
        reader.Flush();
        return new HandoffDocument(HandoffFormat.Po, reader.Language, reader.Rows);
    }

    private sealed class State(string displayName)
    {
        private readonly List<string> _notes = [];
        private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
        private StringBuilder? _previous, _context, _id, _translation, _continued;
        private string? _translationHash;
        private bool _plural;
        private int _start, _lineNumber;

        public List<HandoffRow> Rows { get; } = [];

        public string? Language { get; private set; }

        private bool Complete => _translation is not null;

        public void Line(int number, string line)
        {
            _lineNumber = number;
            if (line.Length == 0) { return; }
            if (line.StartsWith("#~", StringComparison.Ordinal))
            {
                // An obsolete entry: forget it and any comments or flags written above it.
                Flush();
                return;
            }
            if (line[0] == '#')
            {
                if (Complete) { Flush(); }
                Comment(line);
                return;
            }
            if (line[0] == '"')
            {
                Append(_continued ?? throw Error("a string continues here, but no msgid, msgstr or msgctxt came before it"), line);
                return;
            }
            var match = KeywordLine().Match(line);
            if (!match.Success)
            {
                throw Error($"'{Shorten(line)}' is not PO syntax (expected a comment, msgctxt, msgid, msgstr or a quoted string)");
            }
            Keyword(match.Groups["keyword"].Value, match.Groups["index"].Success, match.Groups["text"].Value);
        }

        private void Comment(string line)
        {
            if (_start == 0) { _start = _lineNumber; }
            var body = line.Length > 2 ? line[2..] : "";
            switch (line.Length > 1 ? line[1] : ' ')
            {
                case '.':
                    var comment = body.StartsWith(' ') ? body[1..] : body;
                    if (comment.StartsWith(PoFile.TranslationHashComment, StringComparison.Ordinal)) { _translationHash = comment[PoFile.TranslationHashComment.Length..].Trim(); }
                    else { _notes.Add(comment); }
                    break;
                case ',':
                    foreach (var flag in body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) { _flags.Add(flag); }
                    break;
                case '|':
                    Previous(body.Trim());
                    break;
            }
        }

        /// <summary>#| lines: the English a fuzzy translation was made from (msgid), continued by #| "...".</summary>
        private void Previous(string body)
        {
            if (body.StartsWith("msgid ", StringComparison.Ordinal))
            {
                _previous = new StringBuilder();
                Append(_previous, body[6..]);
                _continued = _previous;
            }
            else if (body.StartsWith('"') && _continued == _previous && _previous is not null)
            {
                Append(_previous, body);
            }
            else
            {
                _continued = null; // #| msgctxt and #| msgid_plural are not needed for import.
            }
        }

        private void Keyword(string keyword, bool indexed, string literal)
        {
            if (keyword is "msgctxt" or "msgid" && Complete) { Flush(); }
            if (_start == 0) { _start = _lineNumber; }
            StringBuilder target;
            switch (keyword)
            {
                case "msgctxt": target = _context = new StringBuilder(); break;
                case "msgid": target = _id = new StringBuilder(); break;
                case "msgid_plural": _plural = true; target = new StringBuilder(); break;
                default:
                    if (_id is null) { throw Error("msgstr without a msgid before it"); }
                    // Only msgstr or msgstr[0] is kept; plural entries are refused at Flush.
                    target = indexed && _translation is not null ? new StringBuilder() : _translation = new StringBuilder();
                    break;
            }
            Append(target, literal);
            _continued = target;
        }

        private void Append(StringBuilder target, string literal)
        {
            target.Append(PoString.Unquote(literal, out var problem)
                ?? throw Error(problem!, "Write each string in double quotes, with \\\" for a quote and \\\\ for a backslash"));
        }

        public void Flush()
        {
            if (_id is not null)
            {
                if (_translation is null) { throw Error($"the entry starting on line {_start} has a msgid but no msgstr", "Add msgstr \"\" after the msgid"); }
                if (_plural)
                {
                    throw new ContentException(displayName, _start, "this entry has plural forms (msgid_plural), which MP Leaflets never exports",
                        "Import the PO file exported by 'mpleaflets export', not one made by another tool");
                }
                if (_context is null && _id.Length == 0) { ReadHeader(_translation.ToString()); }
                else
                {
                    Rows.Add(new HandoffRow(_context?.ToString() ?? "", _id.ToString(), _translation.ToString(), null,
                        _flags.Contains("fuzzy"), _previous?.ToString() ?? "", string.Join("\n", _notes), null, _start)
                    {
                        TranslationHash = _translationHash,
                    });
                }
            }
            _notes.Clear();
            _flags.Clear();
            _translationHash = null;
            _previous = _context = _id = _translation = _continued = null;
            _plural = false;
            _start = 0;
        }

        /// <summary>The header entry: "Name: value" lines in any order (PO editors reorder them).</summary>
        private void ReadHeader(string header)
        {
            foreach (var field in header.Split('\n'))
            {
                var colon = field.IndexOf(':');
                if (colon < 0) { continue; }
                var name = field[..colon].Trim();
                var value = field[(colon + 1)..].Trim();
                if (name.Equals("Language", StringComparison.OrdinalIgnoreCase) && value.Length > 0) { Language = value; }
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) { CheckCharset(value); }
            }
        }

        private void CheckCharset(string contentType)
        {
            var charset = CharsetParameter().Match(contentType);
            if (charset.Success && !charset.Groups[1].Value.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) && charset.Groups[1].Value != "CHARSET")
            {
                throw new ContentException(displayName, _start, $"the file says it is in {charset.Groups[1].Value}, but MP Leaflets reads PO files as UTF-8",
                    "Save it as UTF-8 (in Poedit: Translation → Properties → Charset UTF-8); nothing was imported");
            }
        }

        private ContentException Error(string problem, string fix = "Fix this line in a PO editor or text editor; nothing was imported") =>
            new(displayName, _lineNumber, problem, fix);

        private static string Shorten(string line) => line.Length > 40 ? line[..40] + "…" : line;
    }

    [GeneratedRegex("^(?<keyword>msgctxt|msgid_plural|msgid|msgstr)(?<index>\\[\\d+\\])?\\s*(?<text>\".*)$")]
    private static partial Regex KeywordLine();

    [GeneratedRegex("charset\\s*=\\s*([^\\s;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
