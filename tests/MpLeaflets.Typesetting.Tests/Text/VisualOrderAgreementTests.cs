using System.Globalization;
using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Text;

/// <summary>
/// The editor's right-to-left preview (<see cref="MpLeaflets.Text.Bidi.AsPrinted"/>) and the engine
/// order every line the same way: the shipped right-to-left translations, laid out by the engine
/// on one line each, read back from the glyph runs in the order they sit on the page.
/// </summary>
public sealed class VisualOrderAgreementTests
{
    public static TheoryData<string> RightToLeft => ["ar", "fa", "ps", "ur", "ckb"];

    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void The_preview_and_the_engine_agree_on_the_order_of_every_one_line_unit(string code)
    {
        var file = TranslationFile.Read(Path.Combine(RepoRoot(), "translations", code + ".csv"), code);
        var texts = file.ActiveRows.Select(r => r.Translation).Where(t => t.Length > 0 && t.IndexOfAny(['*', '`', '[', '_', '\n', '\\']) < 0).ToList();
        var disagreements = new List<string>();
        var compared = 0;
        foreach (var text in texts)
        {
            var doc = Docs.New(code, new PageSize(Points.FromMm(3000), Points.FromMm(100)));
            doc.Add(new Paragraph(text));
            var pages = doc.Layout().Pages;
            var ops = pages[0].Ops.OfType<GlyphOp>().ToList();
            if (pages.Count > 1 || ops.Select(o => o.Baseline).Distinct().Count() > 1) { continue; }
            compared++;
            var engine = string.Concat(ops.OrderBy(o => o.X + o.Piece.X).Select(Visual));
            var preview = MpLeaflets.Text.Bidi.AsPrinted(text, rightToLeft: true, mirror: false);
            if (engine != preview) { disagreements.Add($"{text}\n  engine:  {engine}\n  preview: {preview}"); }
        }

        Assert.True(compared > 40, $"only {compared} units compared");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(5)));
    }

    /// <summary>
    /// A piece's text as it reads on the page: a right-to-left piece (its text is logical)
    /// reversed, each letter keeping its combining marks after it (UAX #9 L3, as the preview does).
    /// </summary>
    private static string Visual(GlyphOp op)
    {
        var text = op.Piece.Text;
        if (!op.Piece.IsRightToLeft) { return text; }
        var letters = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mark = CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
            if ((mark || char.IsLowSurrogate(c)) && letters.Count > 0) { letters[^1] += c; } else { letters.Add(c.ToString()); }
        }
        letters.Reverse();
        return string.Concat(letters);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MpLeaflets.sln"))) { dir = dir.Parent; }
        return dir!.FullName;
    }
}
