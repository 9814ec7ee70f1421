using System.Text.RegularExpressions;

namespace MpLeaflets.Tests.Units;

/// <summary>The examples of the CommonMark spec (npm package commonmark-spec), read the way the
/// package's own index.js reads spec.txt. '→' in the spec stands for a tab.</summary>
internal static partial class CommonMarkSpec
{
    public sealed record Example(int Number, string Section, string Markdown);

    public static IReadOnlyList<Example> Examples { get; } = Load();

    private static List<Example> Load()
    {
        var path = Path.Combine(TestPaths.SpecData, "commonmark-spec", "spec.txt");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: build the test project (it runs 'npm install' in tests/spec-data) or run 'npm install' there.");
        }
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var end = text.IndexOf("<!-- END TESTS -->", StringComparison.Ordinal);
        if (end >= 0) { text = text[..end]; }
        var examples = new List<Example>();
        var section = "";
        foreach (Match m in ExampleOrHeading().Matches(text))
        {
            if (m.Groups[3].Success) { section = m.Groups[3].Value; continue; }
            examples.Add(new Example(examples.Count + 1, section, m.Groups[1].Value.Replace('→', '\t')));
        }
        return examples;
    }

    [GeneratedRegex(@"^`{32} example\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$", RegexOptions.Multiline)]
    private static partial Regex ExampleOrHeading();
}
