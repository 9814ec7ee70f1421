namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Family names tried in order for each character (e.g. Noto Nastaliq Urdu, then Noto Naskh
/// Arabic, then Noto Sans). After the chain, the catalog's shared fallback list is tried.
/// </summary>
public sealed record FontChain
{
    public FontChain(params string[] families)
    {
        ArgumentNullException.ThrowIfNull(families);
        if (families.Length == 0)
        {
            throw new ArgumentException("A font chain needs at least one family.", nameof(families));
        }

        Families = families;
    }

    public IReadOnlyList<string> Families { get; }

    public override string ToString() => string.Join(" → ", Families);

    public bool Equals(FontChain? other) => other is not null && Families.SequenceEqual(other.Families);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var family in Families)
        {
            hash.Add(family);
        }

        return hash.ToHashCode();
    }
}
