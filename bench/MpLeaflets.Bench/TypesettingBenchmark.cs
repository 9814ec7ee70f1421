using System.Diagnostics;

namespace MpLeaflets.Bench;

/// <summary>
/// Typesets the 13-language sample (one 4-page A5 document per language) on one thread: the
/// first round is cold (fonts loaded, nothing cached), later rounds warm.
/// </summary>
internal static class TypesettingBenchmark
{
    public static int Run()
    {
        var samples = Samples.Load();
        var cold = Stopwatch.StartNew();
        var (pages, bytes) = Round(samples);
        cold.Stop();
        Report("cold", pages, bytes, cold.Elapsed);

        const int rounds = 10;
        var warm = Stopwatch.StartNew();
        long warmPages = 0, warmBytes = 0;
        for (var i = 0; i < rounds; i++)
        {
            var (p, b) = Round(samples);
            warmPages += p;
            warmBytes += b;
        }

        warm.Stop();
        Report("warm", warmPages, warmBytes, warm.Elapsed);
        return 0;
    }

    private static (long Pages, long Bytes) Round(IReadOnlyList<(string Language, string Text)> samples)
    {
        long pages = 0, bytes = 0;
        foreach (var (language, text) in samples)
        {
            using var sink = new MemoryStream();
            var result = SampleDocument.Build(language, text).WriteTo(sink);
            pages += result.PageCount;
            bytes += result.Bytes;
        }

        return (pages, bytes);
    }

    private static void Report(string label, long pages, long bytes, TimeSpan elapsed) =>
        Console.WriteLine($"{label}: {pages} pages in {elapsed.TotalMilliseconds:0} ms = {pages / elapsed.TotalSeconds:0} pages/s, "
            + $"{bytes / (double)pages / 1024:0.0} KB per page");
}
