using MpLeaflets.Bench;

// Usage: typesetting            → pages per second (cold and warm) and bytes per page
//        build [project]        → the whole default build: time, files, pages, bytes, peak memory
//        limits [project]       → oversized input (5 MB cell, 2 MB paragraph) and typesetting time against paragraph length
//        weasyprint [project]   → the leaflet (en, ar) by our writer and by WeasyPrint side by side: KB per page, pages/s
//        samples <folder>       → one 4-page A5 sample PDF per language, for looking at
return args.FirstOrDefault() switch
{
    "typesetting" => TypesettingBenchmark.Run(),
    "build" => BuildBenchmark.Run(args.ElementAtOrDefault(1)),
    "limits" => LimitsBenchmark.Run(args.ElementAtOrDefault(1)),
    "weasyprint" => WeasyPrintBenchmark.Run(args.ElementAtOrDefault(1)),
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
        using var checklist = File.Create(Path.Combine(folder, $"checklist-{language}.pdf"));
        var layout = ChecklistSample.Build(language, text).WriteTo(checklist).Layout;
        if (layout.PageCount > 1)
        {
            Console.WriteLine($"  checklist-{language} overflowed its page by {layout.OverflowMillimetres(1):0} mm");
        }
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: MpLeaflets.Bench typesetting | build [project folder] | limits [project folder] | weasyprint [project folder] | samples <folder>");
    return 2;
}
