namespace MpLeaflets.Units;

/// <summary>Collects a document's units in order, making identical text one unit.</summary>
internal sealed class UnitListBuilder(string documentId)
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idBySource = new(StringComparer.Ordinal);

    public List<Unit> Units { get; } = [];

    public Unit Add(UnitKind kind, string source, string? explicitId, int line, string note)
    {
        var id = !string.IsNullOrEmpty(explicitId) ? $"{documentId}.{explicitId}"
            : _idBySource.TryGetValue(source, out var known) ? known
            : UnitText.HashId(documentId, source);
        if (_byId.TryGetValue(id, out var index))
        {
            var existing = Units[index];
            if (note.Length > 0 && !existing.Note.Contains(note, StringComparison.Ordinal))
            {
                Units[index] = existing with { Note = existing.Note.Length == 0 ? note : $"{existing.Note} {note}" };
            }
            return Units[index];
        }
        var unit = new Unit(id, documentId, kind, source, note, line);
        _byId[id] = Units.Count;
        _idBySource.TryAdd(source, id);
        Units.Add(unit);
        return unit;
    }
}
