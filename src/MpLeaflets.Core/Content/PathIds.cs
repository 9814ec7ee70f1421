using System.Text.RegularExpressions;

namespace MpLeaflets.Content;

/// <summary>
/// The one pattern for the ids that become parts of output paths (documents, packs, places):
/// lower-case letters, digits and single hyphens, at most 64 characters. Nothing else, so an id can
/// never climb out of output/ ('../'), name a hidden file or differ from another only in case.
/// Language codes have their own, stricter BCP 47 pattern (<see cref="LanguageCatalog.IsValidCode"/>).
/// </summary>
public static partial class PathIds
{
    public const string Rule = "lower-case letters, digits and hyphens, starting with a letter or digit (at most 64 characters)";

    public static bool IsValid(string id) => id.Length <= 64 && Pattern().IsMatch(id);

    /// <summary>A programmer's guard where a path is made from an id that should have been checked on reading.</summary>
    public static string Require(string id) =>
        IsValid(id) || LanguageCatalog.IsValidCode(id) ? id : throw new ArgumentException($"'{id}' is not a path-safe id", nameof(id));

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
