using System.Text;

namespace MpLeaflets.Units;

/// <summary>
/// Puts text back into a segmented document: everything outside the slots (markers, attributes,
/// code, comments) is copied from the English source; each slot gets its unit's text in the
/// target language.
/// </summary>
public static class Reassembler
{
    public static string Fill(SegmentedDocument document, Func<Unit, string> textFor)
    {
        var units = document.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var source = document.Source.Text;
        var sb = new StringBuilder(source.Length + source.Length / 2);
        var at = 0;
        foreach (var slot in document.Slots.OrderBy(s => s.Start))
        {
            sb.Append(source, at, slot.Start - at);
            var text = textFor(units[slot.UnitId]).Replace("\r\n", "\n");
            sb.Append(slot.SingleLine ? text.Replace("\\\n", " ").Replace('\n', ' ') : text.Replace("\n", "\n" + slot.ContinuationPrefix));
            at = slot.End;
        }
        sb.Append(source, at, source.Length - at);
        return sb.ToString();
    }
}
