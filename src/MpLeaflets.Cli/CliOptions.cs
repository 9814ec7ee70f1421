using System.CommandLine;

namespace MpLeaflets.Cli;

/// <summary>
/// The options several commands share, spelt as the .NET tools around them spell theirs:
/// <c>-l/--lang</c> is always a comma-separated list; where one language only makes sense the option
/// is <c>-l/--language</c>; <c>-o/--output</c> names what is written (<c>--out</c> still works).
/// </summary>
internal static class CliOptions
{
    public static Option<string?> Languages(string description) => new("--lang", "-l") { Description = description };

    public static Option<string?> Output(string description, bool required = false) =>
        new("--output", "-o", "--out") { Description = description, Required = required };

    public static OneLanguage Language(string description, bool required = false) => new(description, required);

    /// <summary>
    /// <c>-l/--language CODE</c>, and the <c>--lang</c> earlier versions used for it, hidden: scripts
    /// written for them keep working.
    /// </summary>
    public sealed class OneLanguage
    {
        private readonly Option<string?> _main;
        private readonly Option<string?> _earlier = new("--lang") { Hidden = true };
        private readonly bool _required;

        public OneLanguage(string description, bool required)
        {
            _main = new Option<string?>("--language", "-l") { Description = description + (required ? " (required)" : "") };
            _required = required;
        }

        public void AddTo(Command command)
        {
            command.Options.Add(_main);
            command.Options.Add(_earlier);
            if (_required)
            {
                command.Validators.Add(result =>
                {
                    if (result.GetValue(_main) is null && result.GetValue(_earlier) is null)
                    {
                        result.AddError("Option '--language' is required: give one language code, e.g. -l ar.");
                    }
                });
            }
        }

        public string? Get(ParseResult parse) => parse.GetValue(_main) ?? parse.GetValue(_earlier);
    }
}
