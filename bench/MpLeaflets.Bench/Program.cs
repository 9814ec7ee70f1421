using MpLeaflets.Bench;

// Usage: typesetting            → pages per second (cold and warm) and bytes per page
//        samples <folder>       → one 4-page A5 sample PDF per language, for looking at
return args.FirstOrDefault() switch
{
    "typesetting" => TypesettingBenchmark.Run(),
    "samples" when args.Length > 1 => WriteSamples(args[1]),
    _ => Usage(),
};

static int WriteSamples(string folder)
{
    Directory.CreateDirectory(folder);
    foreach (var (language, text) in Samples.Load())
    {
        var path = Path.Combine(folder, $"sample-{language}.pdf");
        using var file = File.Create(path);
        var result = SampleDocument.Build(language, text).WriteTo(file);
        Console.WriteLine($"{path}: {result.PageCount} pages, {result.Bytes / 1024.0:0.0} KB");
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: MpLeaflets.Bench typesetting | samples <folder>");
    return 2;
}
