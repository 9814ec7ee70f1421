using System.CommandLine;
using MpLeaflets.Content;
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
        var direction = new Option<string>("--direction") { Description = "ltr or rtl.", Required = true };
        direction.AcceptOnlyFromAmong("ltr", "rtl");
        var script = new Option<string>("--script") { Description = "ISO 15924 script code, e.g. Latn, Arab, Ethi.", Required = true };
        var fonts = new Option<string?>("--fonts") { Description = "Font families to try in order, separated by ';' (default: Noto Sans)." };
        var digits = new Option<string>("--digits") { Description = "Digits for page numbers: latn, arab, arabext, beng, tamldec, deva.", DefaultValueFactory = _ => "latn" };
        var command = new Command("add-language", "Register a language in content/languages.csv and create translations/<CODE>.csv with every unit untranslated.")
        {
            code, name, native, direction, script, fonts, digits,
        };
        command.SetAction(parse => Run(context(parse), new Language(parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(native)!,
            parse.GetValue(direction) == "rtl" ? TextDirection.Rtl : TextDirection.Ltr, parse.GetValue(script)!,
            (parse.GetValue(fonts) ?? "Noto Sans").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), parse.GetValue(digits)!)));
        return command;
    }

    public static int Run(CommandContext context, Language language)
    {
        using var writing = context.LockForWriting("add-language");
        var rows = LanguageRegistration.Add(context.Project, language);
        context.Console.Out.WriteLine($"Added {language.Code} ({language.EnglishName}, {language.NativeName}): {TranslationFile.RelativePath(language.Code)} with {rows.Rows.Count} untranslated units.");
        return ExitCodes.Ok;
    }
}
