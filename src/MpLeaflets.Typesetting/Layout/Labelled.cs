namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A field with a label above the place to write (write-in lines, a signature or date box). In a
/// row, every field's label gets the height of the tallest, so the lines and boxes of one row sit
/// at one height however long each label is in its language.
/// </summary>
internal interface ILabelled
{
    float LabelHeight(float width);

    /// <summary>The height to give the label (at least its own), set by the row before it is measured or drawn.</summary>
    float? AlignedLabelHeight { get; set; }
}
