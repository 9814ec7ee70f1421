using System.Security.Cryptography;
using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>
/// One language's translation file as the editor holds it: the rows as loaded (and the hash of the
/// bytes they came from, to notice changes made on disk by someone else) and the rows as edited.
/// A file that cannot be read keeps its <see cref="Error"/> and stays closed.
/// </summary>
public sealed class LanguageBuffer
{
    private List<TranslationRow> _rows = [];
    private IReadOnlyList<TranslationRow> _loaded = [];
    private byte[] _loadedHash = [];
    private (long, DateTime) _loadedStamp;

    internal LanguageBuffer(Language language, string path, string? glossaryPath = null)
    {
        Language = language;
        Path = path;
        _glossaryPath = glossaryPath;
        Load();
    }

    private readonly string? _glossaryPath;

    /// <summary>The language's agreed terms (empty when it has no glossary file).</summary>
    public Glossary Glossary { get; private set; } = Glossary.Empty;

    /// <summary>Why the glossary could not be read (the language still opens without it).</summary>
    public string? GlossaryError { get; private set; }

    public Language Language { get; }

    public string Code => Language.Code;

    public string Path { get; }

    /// <summary>The same message as the command line (file:line: problem. fix), or null when open.</summary>
    public string? Error { get; private set; }

    public bool IsOpen => Error is null;

    public IReadOnlyList<TranslationRow> Rows => _rows;

    public bool IsDirty { get; private set; }

    public Progress Progress => Progress.Of(_rows);

    /// <summary>Goes up each time the rows are replaced (read again, synced, merged), so undo steps know they are stale.</summary>
    internal int Generation { get; private set; }

    private TranslationRow?[] _checked = [];
    private bool[] _hasError = [];

    /// <summary>
    /// Whether 'mpleaflets check' finds an error in row <paramref name="index"/>. Rows are immutable,
    /// so a row is checked again only when it was replaced (typing checks one row, not the file).
    /// </summary>
    public bool HasError(int index)
    {
        if (_checked.Length != _rows.Count)
        {
            _checked = new TranslationRow?[_rows.Count];
            _hasError = new bool[_rows.Count];
        }
        var row = _rows[index];
        if (!ReferenceEquals(_checked[index], row))
        {
            _hasError[index] = TranslationChecker.Errors(row, Language).Count > 0;
            _checked[index] = row;
        }
        return _hasError[index];
    }

    /// <summary>Units still in the English whose checks find an error (the status line's count).</summary>
    public int ErrorCount
    {
        get
        {
            var count = 0;
            for (var i = 0; i < _rows.Count; i++)
            {
                if (HasError(i)) { count++; }
            }
            return count;
        }
    }

    /// <summary>The row with this id (any case), or -1.</summary>
    public int IndexOf(string id) => _rows.FindIndex(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The languages pane line: <c>ar     93%  3 outdated</c>.</summary>
    public string Summary
    {
        get
        {
            var code = Code.PadRight(Math.Max(6, Code.Length + 1));
            if (!IsOpen) { return $" {code} cannot open"; }
            var p = Progress;
            var line = $"{(IsDirty ? "*" : " ")}{code}{p.Percent,3}%";
            // The pane is 23 columns wide: a long code gets the short form.
            return p.Outdated == 0 ? line
                : line.Length + $"  {p.Outdated} outdated".Length <= 23 ? $"{line}  {p.Outdated} outdated" : $"{line} {p.Outdated} outd.";
        }
    }

    /// <summary>(Re)reads the file, dropping every edit made here.</summary>
    public void Load()
    {
        try
        {
            var bytes = File.Exists(Path) ? File.ReadAllBytes(Path) : [];
            var file = TranslationFile.Read(Path, Code);
            _loaded = file.Rows;
            _rows = [.. file.Rows];
            Generation++;
            _loadedHash = SHA256.HashData(bytes);
            _loadedStamp = Stamp();
            IsDirty = false;
            Error = null;
        }
        catch (ContentException e)
        {
            _loaded = [];
            _rows = [];
            Error = e.Message;
        }
        try
        {
            Glossary = _glossaryPath is null ? Glossary.Empty : Glossary.Read(_glossaryPath, Code);
            GlossaryError = null;
        }
        catch (ContentException e)
        {
            Glossary = Glossary.Empty;
            GlossaryError = e.Message;
        }
    }

    internal void Replace(int index, TranslationRow row)
    {
        _rows[index] = row;
        IsDirty = true;
    }

    /// <summary>Takes rows made from these ones (a sync with the English); unsaved until saved.</summary>
    internal void ReplaceAll(IReadOnlyList<TranslationRow> rows)
    {
        _rows = [.. rows];
        Generation++;
        IsDirty = true;
    }

    /// <summary>A cheap look (size and time) for a change on disk, then the bytes to be sure.</summary>
    public bool SeemsChangedOnDisk() => Stamp() != _loadedStamp && ChangedOnDisk();

    public bool ChangedOnDisk() => !SHA256.HashData(ReadBytes()).AsSpan().SequenceEqual(_loadedHash);

    /// <summary>Writes the rows canonically and atomically, unless the file changed on disk since it was loaded.</summary>
    public SaveOutcome Save()
    {
        if (!IsOpen) { return new SaveOutcome(Code, SaveStatus.Failed, Error!); }
        if (ChangedOnDisk())
        {
            return new SaveOutcome(Code, SaveStatus.ChangedOnDisk,
                $"{TranslationFile.RelativePath(Code)} changed on disk since it was opened (another editor, a git pull); nothing was written");
        }
        try
        {
            new TranslationFile(Code, _rows).Write(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SaveOutcome(Code, SaveStatus.Failed, $"{TranslationFile.RelativePath(Code)}: {e.Message}; your edits are still here");
        }
        _loaded = [.. _rows];
        _loadedHash = SHA256.HashData(ReadBytes());
        _loadedStamp = Stamp();
        IsDirty = false;
        return new SaveOutcome(Code, SaveStatus.Saved, $"saved {TranslationFile.RelativePath(Code)}");
    }

    /// <summary>
    /// Takes the file as it now is on disk and puts the edits made here on top, when no unit edited
    /// here was also changed there. Stays unsaved: the next save writes the merged rows.
    /// </summary>
    public MergeOutcome MergeWithDisk()
    {
        TranslationFile disk;
        try
        {
            disk = TranslationFile.Read(Path, Code);
        }
        catch (ContentException e)
        {
            return new MergeOutcome(false, [], e.Message);
        }
        var loadedById = _loaded.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var edited = _rows.Where(r => !loadedById.TryGetValue(r.Id, out var before) || !Same(before, r)).ToList();
        var diskIndex = disk.Rows.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var conflicts = new List<string>();
        var merged = disk.Rows.ToList();
        foreach (var mine in edited)
        {
            if (!diskIndex.TryGetValue(mine.Id, out var i) || !loadedById.TryGetValue(mine.Id, out var before))
            {
                conflicts.Add(mine.Id);
                continue;
            }
            var theirs = disk.Rows[i];
            if (Same(theirs, before) || Same(theirs, mine)) { merged[i] = mine; }
            else { conflicts.Add(mine.Id); }
        }
        if (conflicts.Count > 0)
        {
            return new MergeOutcome(false, conflicts,
                $"cannot merge: {conflicts.Count} unit(s) edited here were also changed on disk ({string.Join(", ", conflicts.Take(5))})");
        }
        var bytes = ReadBytes();
        _loaded = disk.Rows;
        _loadedHash = SHA256.HashData(bytes);
        _loadedStamp = Stamp();
        _rows = merged;
        Generation++;
        IsDirty = true;
        return new MergeOutcome(true, [], $"merged {edited.Count} edit(s) into the file on disk; save to write them");
    }

    /// <summary>
    /// Last resort when the editor fails: the edited rows written beside the file (never over it),
    /// so no work is lost. Returns the path written.
    /// </summary>
    public string WriteRecoveryCopy()
    {
        var path = $"{Path}.recovered-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        new TranslationFile(Code, _rows).Write(path);
        return path;
    }

    private (long, DateTime) Stamp()
    {
        var info = new FileInfo(Path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    private byte[] ReadBytes() => File.Exists(Path) ? File.ReadAllBytes(Path) : [];

    private static bool Same(TranslationRow a, TranslationRow b) => a.WithoutLine() == b.WithoutLine();
}
