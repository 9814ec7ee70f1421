using System.Globalization;

namespace MpLeaflets.Editor.Session;

/// <summary>
/// What the translation box holds: the translation as one plain string, exactly as it is stored,
/// and a caret between grapheme clusters. Every edit is a string operation at the caret, so what is
/// typed, pasted or deleted is what is saved, whatever the screen width or how the text wraps (the
/// box only draws this string; it keeps no copy of its own).
/// </summary>
public sealed class TranslationInput
{
    public TranslationInput(string text, int caret)
    {
        Text = text;
        Caret = Snap(text, Math.Clamp(caret, 0, text.Length));
    }

    public string Text { get; private set; }

    /// <summary>UTF-16 offset into <see cref="Text"/>, always at the start or end of a grapheme cluster.</summary>
    public int Caret { get; private set; }

    /// <summary>Inserts at the caret and puts the caret after what was inserted.</summary>
    public void Insert(string text)
    {
        if (text.Length == 0) { return; }
        Text = Text.Insert(Caret, text);
        Caret = Snap(Text, Caret + text.Length);
    }

    /// <summary>Deletes the grapheme cluster before the caret (Backspace). False at the start.</summary>
    public bool DeleteBackward()
    {
        if (Caret == 0) { return false; }
        var from = Previous(Text, Caret);
        Text = Text.Remove(from, Caret - from);
        Caret = Snap(Text, from);
        return true;
    }

    /// <summary>Deletes the grapheme cluster after the caret (Delete). False at the end.</summary>
    public bool DeleteForward()
    {
        if (Caret == Text.Length) { return false; }
        var to = Next(Text, Caret);
        Text = Text.Remove(Caret, to - Caret);
        Caret = Snap(Text, Caret);
        return true;
    }

    public void Left() => Caret = Caret == 0 ? 0 : Previous(Text, Caret);

    public void Right() => Caret = Caret == Text.Length ? Caret : Next(Text, Caret);

    /// <summary>Moves the caret to an offset (from the screen: a click, Up, Down, Home, End), at a cluster boundary.</summary>
    public void MoveTo(int offset) => Caret = Snap(Text, Math.Clamp(offset, 0, Text.Length));

    /// <summary>The end of the cluster that starts at <paramref name="offset"/>.</summary>
    public static int Next(string text, int offset) => offset + Math.Max(1, StringInfo.GetNextTextElementLength(text, offset));

    /// <summary>The start of the cluster that ends at <paramref name="offset"/>.</summary>
    public static int Previous(string text, int offset)
    {
        var start = 0;
        while (true)
        {
            var next = Next(text, start);
            if (next >= offset) { return start; }
            start = next;
        }
    }

    /// <summary>An offset inside a cluster (typing a letter before a lone mark joins them) moves to the cluster's end.</summary>
    private static int Snap(string text, int offset)
    {
        var start = 0;
        while (start < offset)
        {
            start = Next(text, start);
        }
        return Math.Min(start, text.Length);
    }
}
