using System.Text;
using System.Text.RegularExpressions;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Tests.Support;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Handoff;

public sealed partial class PoeditRoundTripTests
{
    [Fact]
    public void A_PO_file_edited_and_saved_as_Poedit_does_imports_only_the_edits()
    {
        using var sample = SampleTranslations.CopyOfRepositoryInEveryState();
        var project = ContentProject.Load(sample.Root);
        var language = project.Languages.Require("fr");
        var file = project.ReadTranslations(language);
        var exported = Encoding.UTF8.GetString(HandoffExport.Write(HandoffFormat.Po, language, new DateOnly(2026, 11, 27),
            HandoffExport.Rows(file, new ExportFilter())));
        var confirmed = file.Rows.First(r => r.State == TranslationState.Outdated && r.Translation.StartsWith('['));
        var translated = file.Rows.First(r => r.State == TranslationState.Untranslated && r.Source.Length < 60 && !r.Source.Contains('"'));

        var saved = SaveAsPoedit(exported, confirmed.Id, translated);
        Assert.True(Pieces(saved) > 2 * Pieces(exported), "the strings should have been re-wrapped");
        var result = Importer.Import(file, language, PoReader.Parse(saved, "fr.po").Rows);

        Assert.Empty(result.Refused);
        Assert.Equal(2, result.Updated);
        var after = result.File.Rows.ToDictionary(r => r.Id);
        Assert.Equal((TranslationState.Translated, "", confirmed.Translation), (after[confirmed.Id].State, after[confirmed.Id].PreviousSource, after[confirmed.Id].Translation));
        Assert.Equal((TranslationState.Translated, translated.Source), (after[translated.Id].State, after[translated.Id].Translation));
        Assert.Equal(file.Rows.Count(r => r.IsActive) - 2, result.Unchanged);
    }

    /// <summary>What saving in Poedit does to our file: header fields in its own order plus its own,
    /// every string re-wrapped (joined, then cut at other places), fuzzy and #| removed from a
    /// confirmed entry, one translation typed in, CRLF line ends.</summary>
    private static string SaveAsPoedit(string exported, string confirmedId, TranslationRow translate)
    {
        var entries = exported.Split("\n\n").ToList();
        entries[0] = entries[0]
            .Replace("\"Language: fr\\n\"\n", "")
            .Replace("\"Content-Transfer-Encoding: 8bit\\n\"\n", "\"Content-Transfer-Encoding: 8bit\\n\"\n\"Language: fr\\n\"\n\"X-Generator: Poedit 3.4\\n\"\n")
            .Replace("\"Last-Translator: \\n\"", "\"Last-Translator: Amina <amina@example.org>\\n\"");
        for (var i = 1; i < entries.Count; i++)
        {
            var entry = Rewrap(JoinPieces(entries[i]));
            if (entry.Contains($"msgctxt \"{confirmedId}\"", StringComparison.Ordinal))
            {
                entry = string.Join("\n", entry.Split('\n').Where(l => l != "#, fuzzy" && !l.StartsWith("#|", StringComparison.Ordinal)));
            }
            if (entry.Contains($"msgctxt \"{translate.Id}\"", StringComparison.Ordinal))
            {
                entry = entry.Replace("msgstr \"\"", $"msgstr \"{PoString.Escape(translate.Source)}\"");
            }
            entries[i] = entry;
        }
        return string.Join("\n\n", entries).ReplaceLineEndings("\r\n");
    }

    private static int Pieces(string po) => po.Split('\n').Count(l => l.StartsWith('"'));

    /// <summary>keyword "" followed by "pieces" becomes one line, as Poedit writes with wrapping off.</summary>
    private static string JoinPieces(string entry) =>
        Pieces().Replace(entry, m => $"{m.Groups[1].Value} \"{string.Concat(m.Groups[2].Captures.Select(c => c.Value))}\"");

    /// <summary>Any string over 30 characters is cut every 25 characters (never inside an escape).</summary>
    private static string Rewrap(string entry) => string.Join("\n", entry.Split('\n').Select(line =>
    {
        var match = OneLine().Match(line);
        if (!match.Success || match.Groups[2].Length <= 30) { return line; }
        var text = match.Groups[2].Value;
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (i - start >= 25) { pieces.Add(text[start..i]); start = i; }
        }
        pieces.Add(text[start..]);
        return $"{match.Groups[1].Value} \"\"\n" + string.Join("\n", pieces.Select(p => $"\"{p}\""));
    }));

    [GeneratedRegex("^(msgid|msgstr|msgctxt|#\\| msgid) \"\"(?:\\n(?:#\\| )?\"((?:[^\"\\\\]|\\\\.)*)\")+$", RegexOptions.Multiline)]
    private static partial Regex Pieces();

    [GeneratedRegex("^(msgid|msgstr) \"((?:[^\"\\\\]|\\\\.)*)\"$")]
    private static partial Regex OneLine();
}
