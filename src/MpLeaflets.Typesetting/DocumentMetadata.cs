namespace MpLeaflets.Typesetting;

/// <summary>
/// PDF document information. <paramref name="Date"/> comes from the content (its version date),
/// never from the clock, so the same input gives the same bytes.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string Author = "",
    string Subject = "",
    string Keywords = "",
    string Creator = "MP Leaflets",
    DateTime? Date = null);
