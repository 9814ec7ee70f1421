namespace MpLeaflets.Bench;

/// <summary>The multi-script sample texts shared with the tests (Fixtures/samples.txt).</summary>
internal static class Samples
{
    public static IReadOnlyList<(string Language, string Text)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples.txt");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0], p[1]))
            .ToArray();
    }
}
