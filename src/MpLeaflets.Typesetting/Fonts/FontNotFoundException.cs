namespace MpLeaflets.Typesetting.Fonts;

/// <summary>A font file the engine needs is not on this machine; the message says how to get it.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);
