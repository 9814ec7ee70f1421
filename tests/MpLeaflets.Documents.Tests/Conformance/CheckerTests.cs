using System.Text;
using MpLeaflets.Tests.Conformance;

namespace MpLeaflets.Tests;

/// <summary>The checks themselves see what they are there to see: a plain untagged PDF fails them.</summary>
public sealed class CheckerTests
{
    [Fact]
    public void An_untagged_pdf_with_a_font_left_out_and_no_language_fails_the_checks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mpl-untagged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, Untagged());
        try
        {
            var problems = MatterhornChecks.Run(path).Problems;

            Assert.Contains(problems, p => p.StartsWith("[01-001]", StringComparison.Ordinal)); // no structure tree
            Assert.Contains(problems, p => p.StartsWith("[01-005]", StringComparison.Ordinal)); // text neither tagged nor artifact
            Assert.Contains(problems, p => p.StartsWith("[11-001]", StringComparison.Ordinal)); // no /Lang
            Assert.Contains(problems, p => p.StartsWith("[06-002]", StringComparison.Ordinal)); // no pdfuaid
            Assert.Contains(problems, p => p.StartsWith("[31-001]", StringComparison.Ordinal)); // font not embedded, not Type0
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One page showing "Hi" in a standard font, with nothing a tagged PDF needs.</summary>
    private static byte[] Untagged()
    {
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            "<</Length 35>>stream\nBT /F1 12 Tf 20 100 Td (Hi) Tj ET\nendstream",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/FontDescriptor 6 0 R>>",
            "<</Type/FontDescriptor/FontName/Helvetica/Flags 32/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 700/Descent -200/CapHeight 700/StemV 80>>",
        ];
        var sb = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets) { sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n"); }
        sb.Append("trailer\n<</Size ").Append(objects.Length + 1).Append("/Root 1 0 R>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
