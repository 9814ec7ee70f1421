using System.CommandLine;
using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets add-language: register a language and create its CSV with every unit untranslated.</summary>
public static class AddLanguageCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var code = new Argument<string>("CODE") { Description = "BCP 47 language code, e.g. 'om' or 'ku-Latn'." };
        var name = new Option<string>("--name") { Description = "English name, e.g. 'Oromo'.", Required = true };
        var native = new Option<string>("--native-name") { Description = "The language's name for itself, e.g. 'Afaan Oromoo'.", Required = true };
        var direction = new Option<string>("--direction") { Description = "ltr or rtl: the direction of its text and of its pages (rtl pages are mirrored).", Required = true };
        var script = new Option<string>("--script") { Description = "ISO 15924 script code, e.g. Latn, Arab, Ethi, Beng, Taml, Hans.", Required = true };
        var fonts = new Option<string?>("--fonts") { Description = $"Font families to try in order, separated by ';' (default: {FontFamilies.Fallback}). The program has: {string.Join("; ", FontFamilies.Names)}." };
        var digits = new Option<string>("--digits") { Description = $"The digits of every number the program prints (page numbers, dates, list numbers): {string.Join(", ", DigitSystem.Names)}.", DefaultValueFactory = _ => "latn" };
        var lineHeight = new Option<string?>("--line-height") { Description = "The least line height its script needs in running text, as a multiple of the type size (e.g. 1.9 for Nastaliq). Default: the layout's own." };
        var formLineHeight = new Option<string?>("--line-height-forms") { Description = "The same on one-page forms and checklists (e.g. 1.65 for Nastaliq). Default: --line-height." };
        var minSize = new Option<string?>("--min-size") { Description = "The smallest type size in points its script may be printed at (e.g. 9 for Nastaliq). Default: none." };
        var command = new Command("add-language", """
            Register a language in content/languages.csv and create translations/<CODE>.csv with every unit
            untranslated. Everything the program knows about a language comes from its row: direction,
            script, fonts, digits, line heights, minimum size; no language is special-cased in the code.
            """)
        {
            code, name, native, direction, script, fonts, digits, lineHeight, formLineHeight, minSize,
        };
        command.SetAction(parse => Run(context(parse),
        [
            parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(native)!, parse.GetValue(direction)!, parse.GetValue(script)!,
            parse.GetValue(fonts) ?? FontFamilies.Fallback, parse.GetValue(digits)!,
            parse.GetValue(lineHeight) ?? "", parse.GetValue(formLineHeight) ?? "", parse.GetValue(minSize) ?? "",
        ]));
        return command;
    }

    /// <param name="fields">The row to add, in the order of languages.csv's columns.</param>
    public static int Run(CommandContext context, IReadOnlyList<string> fields)
    {
        using var writing = context.LockForWriting("add-language");
        var (language, rows) = LanguageRegistration.Add(context.Project, fields, Option);
        context.Console.Out.WriteLine($"Added {language.Code} ({language.EnglishName}, {language.NativeName}): {TranslationFile.RelativePath(language.Code)} with {rows.Rows.Count} untranslated units.");
        return ExitCodes.Ok;
    }

    private static string Option(string column) => column switch
    {
        "code" => "CODE",
        "english_name" => "--name",
        "native_name" => "--native-name",
        _ => "--" + column.Replace('_', '-'),
    };
}
