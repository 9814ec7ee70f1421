using MpLeaflets.Translations;
using static MpLeaflets.Tests.EditEndToEndTests;

namespace MpLeaflets.Tests;

/// <summary>
/// The three texts issue 11 saw scrambled, typed into the real editor in a real terminal (tmux) at
/// 80x24 so that they wrap onto a second line of the translation box, then saved: the CSV holds
/// exactly what was typed, and the borders of every pane stay where they are. And a kill gives the
/// terminal back before it says where the unsaved edits went.
/// </summary>
public sealed class TypingEndToEndTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Scrambled => new()
    {
        // French with decomposed accents (e + U+0301, a + U+0300), 119 characters: wraps at 80 columns.
        { "fr", "leaflet.ed32f263", "Un de\u0301pute\u0301 peut pousser le ministe\u0300re de l'Inte\u0301rieur a\u0300 prendre une de\u0301cision. Mais la de\u0301cision peut e\u0302tre un refus." },
        // Arabic with tanwin (U+064B) and shadda (U+0651).
        { "ar", "leaflet.ed32f263", "يستطيع عضو البرلمان أن يضغط على وزارة الداخلية لتتخذ قرارًا. لكنّ القرار قد يكون بالرفض. كن مستعدًّا لذلك." },
        // Bengali vowel signs and a web address.
        { "bn", "leaflet.af7e512b", "আপনার এমপিকে খুঁজে পেতে যুক্তরাজ্য পার্লামেন্টের ওয়েবসাইটে আপনার পোস্টকোড দিয়ে খুঁজুন: https://members.parliament.uk/" },
        // What a reviewer tries next: emoji with a skin tone and a ZWJ family, CJK, a Persian ZWNJ, Tamil vowel signs.
        { "fr", "leaflet.ed32f263", "Un député 👍🏽 peut aider la famille 👨‍👩‍👧 ; 国会议员可以帮助您。 می‌توانید ; கொடுக்கப்பட்ட முடிவு." },
        { "ta", "leaflet.ed32f263", "ஒரு எம்.பி உள்துறை அலுவலகத்தை ஒரு முடிவை எடுக்கத் தூண்டலாம். ஆனால் அந்த முடிவு மறுப்பாக இருக்கலாம்." },
    };

    [TmuxTheory]
    [MemberData(nameof(Scrambled))]
    public void Text_that_wraps_in_the_translation_box_at_80_columns_is_saved_exactly_as_typed(string language, string id, string typed)
    {
        using var project = TempProject.CopyOfRepository();
        var csv = project.PathOf($"translations/{language}.csv");
        var socket = "mpleaflets-typing-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            OpenEmptied(socket, project, language, id);
            Tmux(socket, "send-keys", "-t", "0", "-l", typed);
            var ending = typed[^5..];
            WaitFor(socket, screen => screen.Contains("UNSAVED") && screen.Contains(ending) && screen.Contains(id + " · done"), "the typed text");
            var screen = Capture(socket);
            output.WriteLine(screen);
            AssertBordersInPlace(screen);
            Tmux(socket, "send-keys", "-t", "0", "C-s");
            WaitFor(socket, s => s.Contains(" · saved"), "the save");
            Tmux(socket, "send-keys", "-t", "0", "Escape");
            WaitUntil(() => !SessionAlive(socket), "the editor to quit");

            var saved = TranslationFile.Read(csv, language).Rows.Single(r => r.Id == id);
            Assert.Equal(typed, saved.Translation);
            Assert.Equal(TranslationState.Translated, saved.State);
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    [TmuxFact]
    public void A_long_paste_in_a_real_terminal_is_stored_exactly()
    {
        using var project = TempProject.CopyOfRepository();
        var csv = project.PathOf("translations/bn.csv");
        var file = TranslationFile.Read(csv, "bn");
        var target = file.Rows.First(r => r.Translation.Length > 150);
        var pasted = string.Join(" ", file.Rows.Where(r => r.Translation.Length > 100).Take(4).Select(r => r.Translation));
        var socket = "mpleaflets-paste-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            OpenEmptied(socket, project, "bn", target.Id);
            // As a terminal pastes: between ESC[200~ and ESC[201~ (the editor turns bracketed paste on).
            Tmux(socket, "set-buffer", pasted);
            Tmux(socket, "paste-buffer", "-p", "-t", "0");
            WaitFor(socket, screen => screen.Contains("UNSAVED") && screen.Contains(target.Id + " · done"), "the paste");
            AssertBordersInPlace(Capture(socket));
            Tmux(socket, "send-keys", "-t", "0", "C-s");
            WaitFor(socket, s => s.Contains(" · saved"), "the save");
            Assert.Equal(pasted, TranslationFile.Read(csv, "bn").Rows.Single(r => r.Id == target.Id).Translation);
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    /// <summary>What tmux knows of the modes a program left its pane in: alternate screen, application cursor keys and keypad.</summary>
    private const string TerminalModes = "alternate #{alternate_on}, cursor keys #{keypad_cursor_flag}, keypad #{keypad_flag}";

    /// <summary>The editor on French at 80x24, in a shell that says how it ended and stays open to be read.</summary>
    private static void StartFrenchThenShell(string socket, TempProject project)
    {
        Tmux(socket, "new-session", "-d", "-x", "80", "-y", "24", "-c", project.Root,
            $"dotnet '{EditEndToEndTests.Program}' edit --lang fr; echo \"editor ended: $?\"; sleep 60");
        WaitFor(socket, screen => screen.Contains(" · saved"), "the first screen");
    }

    [TmuxFact]
    public void A_quit_gives_the_terminal_back_with_normal_cursor_keys_and_keypad()
    {
        // Terminal.Gui leaves application cursor keys and keypad on: the next program got other arrow-key codes.
        using var project = TempProject.CopyOfRepository();
        var socket = "mpleaflets-quit-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            StartFrenchThenShell(socket, project);
            Tmux(socket, "send-keys", "-t", "0", "C-q");
            WaitFor(socket, screen => screen.Contains("editor ended: 0"), "the editor to end");

            RunProcess("tmux", ["-L", socket, "display-message", "-p", "-t", "0", TerminalModes], out _, out var modes);
            Assert.Equal("alternate 0, cursor keys 0, keypad 0", modes.Trim());
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    [TmuxFact]
    public void A_kill_leaves_the_alternate_screen_before_saying_where_the_unsaved_edits_went()
    {
        using var project = TempProject.CopyOfRepository();
        var socket = "mpleaflets-term-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            StartFrenchThenShell(socket, project);
            Tmux(socket, "send-keys", "-t", "0", "C-e");
            Thread.Sleep(300);
            Tmux(socket, "send-keys", "-t", "0", "-l", " (non sauvé)");
            WaitFor(socket, screen => screen.Contains("UNSAVED"), "the edit");
            RunProcess("tmux", ["-L", socket, "display-message", "-p", "-t", "0", "#{pane_pid}"], out _, out var shell);
            RunProcess("pgrep", ["-P", shell.Trim(), "dotnet"], out _, out var editor);
            RunProcess("kill", ["-TERM", editor.Trim()], out _);
            WaitFor(socket, screen => screen.Contains("editor ended"), "the editor to end");
            RunProcess("tmux", ["-L", socket, "display-message", "-p", "-t", "0", TerminalModes], out _, out var modes);
            var after = Capture(socket);
            output.WriteLine(after);
            Assert.Equal("alternate 0, cursor keys 0, keypad 0", modes.Trim());
            Assert.Contains("your unsaved fr edits are in", after);
            Assert.DoesNotContain("Languages", after);
            var copy = Assert.Single(Directory.GetFiles(project.PathOf("translations"), "fr.csv.recovered-*"));
            Assert.Contains("(non sauvé)", File.ReadAllText(copy));
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    /// <summary>Empties unit <paramref name="id"/>, starts the editor on its language at 80x24 and puts the caret in that unit's translation.</summary>
    private static void OpenEmptied(string socket, TempProject project, string language, string id)
    {
        var csv = project.PathOf($"translations/{language}.csv");
        var file = TranslationFile.Read(csv, language);
        file.WithRows([.. file.Rows.Select(r => r.Id == id ? r with { Translation = "", State = TranslationState.Untranslated, PreviousSource = "" } : r)]).Write(csv);
        Tmux(socket, "new-session", "-d", "-x", "80", "-y", "24", "-c", project.Root, $"dotnet '{EditEndToEndTests.Program}' edit --lang {language}");
        WaitFor(socket, screen => screen.Contains(" · saved"), "the first screen");
        Tmux(socket, "send-keys", "-t", "0", "F5");
        WaitFor(socket, screen => screen.Contains(id + " · MISSING"), "the untranslated unit");
        Tmux(socket, "send-keys", "-t", "0", "C-e");
        Thread.Sleep(300);
    }

    /// <summary>Every row of the panes ends with its right border, where tmux puts it only if every column before was counted right.</summary>
    private static void AssertBordersInPlace(string screen)
    {
        var rows = screen.Split('\n').Take(23).ToList();
        foreach (var row in rows)
        {
            Assert.True(row.EndsWith('│') || row.EndsWith('╮') || row.EndsWith('╯'), $"a row lost its right border:\n{row}\n\n{screen}");
        }
    }
}

/// <summary>A theory that needs tmux; skipped, saying why, where tmux is missing.</summary>
public sealed class TmuxTheoryAttribute : TheoryAttribute
{
    public TmuxTheoryAttribute([System.Runtime.CompilerServices.CallerFilePath] string? sourceFilePath = null, [System.Runtime.CompilerServices.CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!Exists("tmux")) { Skip = "tmux is not installed; .ci/run installs it (apt-get install tmux)"; }
    }
}
