using MpLeaflets.Content;

namespace MpLeaflets.Documents;

/// <summary>English, the source language: always buildable, never in languages.csv.</summary>
public static class EnglishLanguage
{
    public const string Code = "en";

    public static Language Instance { get; } = new(Code, "English", "English", TextDirection.Ltr, "Latn", ["Noto Sans"], "latn");
}
