using System.Globalization;
using System.Text;
using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Text;
using MpLeaflets.Editor.Views;
using MpLeaflets.Tests;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>
/// What is typed is what is saved (issue 11): random text from the project's own translations in
/// all 13 scripts, plus the hard cases (decomposed accents, Arabic marks, Indic vowel signs, ZWJ and
/// ZWNJ, emoji, CJK), typed key by key into the real window on the headless driver at random widths
/// 40–200, with pastes, cursor moves and deletions, compared after every step with a plain string
/// and caret, then saved and read back byte for byte, and read back from the screen.
/// </summary>
public sealed class TypingPropertyTests(ITestOutputHelper output)
{
    private const int Samples = 24;

    private static readonly string[] Languages = ["sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr"];

    /// <summary>Real sentences in every script, and the cases the issue and reviewers try.</summary>
    public static IReadOnlyList<string> Sentences()
    {
        var sentences = new List<string>
        {
            "Un de\u0301pute\u0301 peut pousser le ministe\u0300re de l'Inte\u0301rieur a\u0300 prendre une de\u0301cision.",
            "لكنّ القرار قد يكون بالرفض. كن مستعدًّا لذلك.",
            "আপনার পোস্টকোড দিয়ে খুঁজুন: https://members.parliament.uk/",
            "می‌توانید با نمایندهٔ خود تماس بگیرید", "ক্‌ষ র‍্যাব", "👍🏽 👨\u200D👩\u200D👧 ❤️", "您的议员可以帮助您。中文，全角！",
            "Tiếng Việt có dấu: Nghị sĩ của bạn", "020 7219 3000 · {{page}} · **bold** [link](https://example.org)",
        };
        foreach (var code in Languages)
        {
            var file = TranslationFile.Read(Path.Combine(TestPaths.RepoRoot, "translations", code + ".csv"), code);
            sentences.AddRange(file.Rows.Where(r => r.Translation.Length > 40).Take(6).Select(r => r.Translation));
        }
        return sentences;
    }

    [Fact]
    public void Random_typing_pasting_moving_and_deleting_at_any_width_stores_exactly_the_plain_string_model()
    {
        var pool = Sentences();
        for (var seed = 0; seed < Samples; seed++)
        {
            var random = new Random(seed);
            var log = new List<string>();
            try
            {
                RunSample(random, pool, log);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                output.WriteLine($"seed {seed}:\n{string.Join("\n", log)}");
                throw;
            }
        }
    }

    private static void RunSample(Random random, IReadOnlyList<string> pool, List<string> log)
    {
        var width = random.Next(40, 201);
        log.Add($"width {width}");
        using var folder = new EditorFixture();
        var start = random.Next(3) == 0 ? pool[random.Next(pool.Count)] : "";
        var rows = new[] { new TranslationRow("leaflet.t", "Type here.", start, start.Length == 0 ? TranslationState.Untranslated : TranslationState.Translated, "", "") };
        var path = folder.PathOf("fr");
        new TranslationFile("fr", rows).Write(path);
        using var ui = new Headless(new EditorSession([new LanguageBuffer(EditorFixture.French, path)]), width, 30);
        ui.Press(Key.E.WithCtrl);
        var box = ui.Window.Edit.Translation;
        var model = new StringModel(start, box.Caret);
        for (var step = 0; step < 24; step++)
        {
            var what = random.Next(100);
            if (what < 35)
            {
                var chunk = Chunk(random, pool);
                log.Add($"type {Escape(chunk)}");
                foreach (var rune in chunk.EnumerateRunes())
                {
                    ui.Key(new Key(rune.Value));
                    model.Insert(rune.ToString());
                }
            }
            else if (what < 45)
            {
                var chunk = Chunk(random, pool);
                log.Add($"paste {Escape(chunk)}");
                ui.App.RaisePasteEvent(chunk);
                ui.App.LayoutAndDraw(true);
                model.Insert(chunk);
            }
            else if (what < 60)
            {
                var (key, n) = (random.Next(2) == 0 ? Key.CursorLeft : Key.CursorRight, random.Next(1, 12));
                log.Add($"{key} x{n}");
                for (var i = 0; i < n; i++)
                {
                    ui.Key(key);
                    if (key == Key.CursorLeft) { model.Left(); } else { model.Right(); }
                }
            }
            else if (what < 72)
            {
                Key[] moves = [Key.CursorUp, Key.CursorDown, Key.Home, Key.End, Key.PageUp, Key.PageDown, Key.Home.WithCtrl, Key.End.WithCtrl];
                var key = moves[random.Next(moves.Length)];
                log.Add($"{key}");
                ui.Press(key);
                // Where a move on the screen lands depends on the wrapping; the model takes it, if it is a boundary.
                Assert.True(StringModel.IsBoundary(model.Text, box.Caret), $"caret {box.Caret} inside a cluster after {key}");
                model.Caret = box.Caret;
            }
            else if (what < 98)
            {
                var (key, n) = (random.Next(3) > 0 ? Key.Backspace : Key.Delete, random.Next(1, 10));
                log.Add($"{key} x{n}");
                for (var i = 0; i < n; i++)
                {
                    ui.Key(key);
                    if (key == Key.Backspace) { model.DeleteBackward(); } else { model.DeleteForward(); }
                }
            }
            else
            {
                log.Add("Enter");
                ui.Press(Key.Enter);
                model.Insert("\n");
            }
            Assert.Equal(Escape(model.Text), Escape(ui.Session.CurrentRow!.Translation));
            Assert.Equal(model.Caret, box.Caret);
        }
        ui.Press(Key.S.WithCtrl);
        var expected = new TranslationFile("fr", [rows[0] with { Translation = model.Text, State = ui.Session.CurrentRow!.State }]);
        var expectedPath = path + ".expected";
        expected.Write(expectedPath);
        Assert.Equal(File.ReadAllBytes(expectedPath), File.ReadAllBytes(path));
        Assert.Equal(model.Text, TranslationFile.Read(path, "fr").Rows[0].Translation);
        // And the box shows the text from its start, cell by cell as the terminal lays it out.
        ui.Press(Key.Home.WithCtrl);
        var shown = ui.Rows(box);
        var wrapped = TextRows.Wrap(model.Text, TextPane.WrapWidth(box.Viewport.Width)).Rows;
        for (var r = 0; r < Math.Min(shown.Count, wrapped.Count); r++)
        {
            // The driver keeps each cell's grapheme in NFC (what it sends the terminal); the CSV above holds the text as typed.
            var painted = string.Concat(wrapped[r].Cells.Select(c => TerminalCells.Paintable(model.Text, c))).Normalize().TrimEnd();
            var screen = shown[r].Normalize().TrimEnd().TrimEnd('▼', '▲').TrimEnd();
            Assert.True(painted == screen, $"row {r} of the box:\nscreen: {Escape(screen)}\nmodel:  {Escape(painted)}");
        }
    }

    /// <summary>1–40 code points of a sentence, cut anywhere (even between a letter and its mark).</summary>
    private static string Chunk(Random random, IReadOnlyList<string> pool)
    {
        var runes = pool[random.Next(pool.Count)].EnumerateRunes().ToList();
        var from = random.Next(runes.Count);
        var length = Math.Min(random.Next(1, 41), runes.Count - from);
        return string.Concat(runes.Skip(from).Take(length).Select(r => r.ToString()));
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            escaped.Append(rune.Value is < 0x80 and >= 0x20 ? rune.ToString() : $"\\u{rune.Value:X4}");
        }
        return escaped.ToString();
    }

    /// <summary>The model: a string and a caret between grapheme clusters (UAX #29, as .NET's StringInfo).</summary>
    private sealed class StringModel(string text, int caret)
    {
        public string Text { get; private set; } = text;

        public int Caret { get; set; } = caret;

        public void Insert(string s)
        {
            Text = Text.Insert(Caret, s);
            Caret = Snap(Caret + s.Length);
        }

        public void Left() => Caret = Boundaries(Text).Where(b => b < Caret).DefaultIfEmpty(0).Max();

        public void Right() => Caret = Boundaries(Text).Where(b => b > Caret).DefaultIfEmpty(Text.Length).Min();

        public void DeleteBackward()
        {
            if (Caret == 0) { return; }
            var from = Boundaries(Text).Where(b => b < Caret).Max();
            Text = Text.Remove(from, Caret - from);
            Caret = Snap(from);
        }

        public void DeleteForward()
        {
            if (Caret == Text.Length) { return; }
            var to = Boundaries(Text).Where(b => b > Caret).Min();
            Text = Text.Remove(Caret, to - Caret);
            Caret = Snap(Caret);
        }

        public static bool IsBoundary(string text, int offset) => Boundaries(text).Contains(offset);

        private int Snap(int offset) => Boundaries(Text).Where(b => b >= offset).Min();

        private static List<int> Boundaries(string text)
        {
            var boundaries = new List<int>();
            var elements = StringInfo.GetTextElementEnumerator(text);
            while (elements.MoveNext()) { boundaries.Add(elements.ElementIndex); }
            boundaries.Add(text.Length);
            return boundaries;
        }
    }
}
