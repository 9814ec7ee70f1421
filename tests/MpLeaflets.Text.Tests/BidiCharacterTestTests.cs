using System.Globalization;
using System.Text;
using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text.Tests;

/// <summary>
/// Both orderings of the text service — levels then L2, as the engine orders a line's runs, and a
/// reordered line, as the editor's preview shows it — against Unicode's own conformance data.
/// </summary>
public sealed class BidiCharacterTestTests
{
    private const string DataFile = "/usr/share/unicode/BidiCharacterTest.txt";

    [Fact]
    public void The_engines_order_and_the_previews_order_agree_with_unicode_on_every_line_they_both_support()
    {
        var path = Environment.GetEnvironmentVariable("BIDI_CHARACTER_TEST") ?? DataFile;
        Assert.True(File.Exists(path), $"{path} is missing. Install Unicode's data with: apt-get install -y unicode-data (or set BIDI_CHARACTER_TEST).");

        int compared = 0, engineWrong = 0, previewWrong = 0;
        var examples = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split(';');
            var direction = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var codePoints = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            // Both take a paragraph of a known direction; the preview keeps marks after their letters
            // (L3) and shows controls and X9-removed characters as nothing; mirroring (L4) is left out.
            if (direction == 2 || codePoints.Any(c => !Supported(c))) { continue; }
            compared++;
            var text = string.Concat(codePoints.Select(char.ConvertFromUtf32));
            var expected = Expected(codePoints, fields[4]);

            var levels = Bidi.Levels(text, (byte)direction);
            var kept = Enumerable.Range(0, text.Length).Where(i => !Bidi.IsControl(text[i])).ToArray();
            var engine = string.Concat(Bidi.VisualOrder([.. kept.Select(i => levels[i])]).Select(i => text[kept[i]]));
            var preview = Bidi.VisualLine(text, direction == 1, mirror: false);

            if (engine != expected) { engineWrong++; }
            if (preview != expected) { previewWrong++; }
            if ((engine != expected || preview != expected) && examples.Count < 5) { examples.Add($"{fields[0]} ({direction}): engine {Hex(engine)}, preview {Hex(preview)}, expected {Hex(expected)}"); }
        }

        Assert.True(compared > 20000, $"only {compared} lines compared");
        // ICU 72 differs from Unicode 15's data in a few corner cases (see the engine's conformance test).
        Assert.True(engineWrong <= compared / 1000 && previewWrong <= compared / 1000,
            $"{engineWrong} engine and {previewWrong} preview orders of {compared} disagree:\n" + string.Join('\n', examples));
    }

    private static bool Supported(int c) =>
        c < 0x10000
        && IcuCharacters.Direction(c) is not (IcuDirection.NonSpacingMark or IcuDirection.BoundaryNeutral
            or IcuDirection.BlockSeparator or IcuDirection.LeftToRightEmbedding or IcuDirection.RightToLeftEmbedding
            or IcuDirection.LeftToRightOverride or IcuDirection.RightToLeftOverride or IcuDirection.PopDirectionalFormat);

    /// <summary>The line's characters in the file's visual order, without the isolate controls the engine never prints.</summary>
    private static string Expected(int[] codePoints, string order) => string.Concat(
        order.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => char.ConvertFromUtf32(codePoints[int.Parse(i, CultureInfo.InvariantCulture)]))
            .Where(s => !Bidi.IsControl(s[0])));

    private static string Hex(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
