using MpLeaflets.Cli;
using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Team;

/// <summary>Two translators on two branches of one repository, merged with real git.</summary>
public sealed class MergeDriverTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Branches_editing_adjacent_units_of_one_file_merge_cleanly_with_the_driver_and_conflict_without_it(bool driver)
    {
        using var repo = GitProject.Create(driver);
        repo.Branch("amina", () => repo.Translate(2, "Votre député peut soulever votre dossier auprès du Home Office."));
        repo.OnMain(() => repo.Translate(3, "Écrivez à votre député avant une crise."));

        var (exit, output) = repo.Merge("amina");

        var text = File.ReadAllText(repo.FrPath);
        if (driver)
        {
            Assert.True(exit == 0, output);
            Assert.Equal("Votre député peut soulever votre dossier auprès du Home Office.", repo.French[2].Translation);
            Assert.Equal("Écrivez à votre député avant une crise.", repo.French[3].Translation);
            Assert.DoesNotContain("<<<<<<<", text);
            Assert.Equal(text, new TranslationFile("fr", repo.French).ToCsv());
            Assert.Equal(0, Cli.Run(repo.Root, "check").ExitCode);
        }
        else
        {
            // What translators get today: git's line merge conflicts on rows neither of them both touched.
            Assert.NotEqual(0, exit);
            Assert.Contains("<<<<<<<", text);
            var check = Cli.Run(repo.Root, "check");
            Assert.Equal(ExitCodes.BadInput, check.ExitCode);
            Assert.Contains("translations/fr.csv:", check.Error);
            Assert.Contains("mpleaflets setup-git", check.Error);
        }
    }

    [Fact]
    public void The_same_change_on_both_branches_merges_and_so_do_rows_far_apart()
    {
        using var repo = GitProject.Create(mergeDriver: true);
        repo.Branch("a", () => { repo.Translate(1, "Votre député"); repo.Translate(6, "Soyez patient."); });
        repo.OnMain(() => { repo.Translate(1, "Votre député"); repo.Translate(4, "Apportez chaque lettre."); });

        var (exit, output) = repo.Merge("a");

        Assert.True(exit == 0, output);
        Assert.Equal(["Votre député", "Apportez chaque lettre.", "Soyez patient."], new[] { 1, 4, 6 }.Select(i => repo.French[i].Translation));
    }

    [Fact]
    public void The_same_unit_changed_differently_is_a_conflict_that_keeps_both_texts_and_that_check_status_build_and_the_editor_report()
    {
        using var repo = GitProject.Create(mergeDriver: true);
        repo.Branch("amina", () => repo.Translate(5, "Appelez le 020 7219 3000 pour trouver votre député."));
        repo.OnMain(() => repo.Translate(5, "Téléphonez au 020 7219 3000 pour connaître votre député."));

        var (exit, output) = repo.Merge("amina");

        Assert.NotEqual(0, exit);
        Assert.Contains("CONFLICT", output);
        var text = File.ReadAllText(repo.FrPath);
        Assert.DoesNotContain("<<<<<<<", text);
        Assert.Contains("Téléphonez au 020 7219 3000 pour connaître votre député.,translated,,,,,ours\n", text);
        Assert.Contains("Appelez le 020 7219 3000 pour trouver votre député.,translated,,,,,theirs\n", text);
        var unit = repo.French[5];
        Assert.Equal("Téléphonez au 020 7219 3000 pour connaître votre député.", unit.Translation);
        Assert.Equal("Appelez le 020 7219 3000 pour trouver votre député.", unit.Theirs!.Translation);

        var check = Cli.Run(repo.Root, "check", "--lang", "fr");
        Assert.Equal(ExitCodes.ProblemsFound, check.ExitCode);
        Assert.Matches($@"translations/fr.csv:{unit.Line}: error \[conflict\] {unit.Id}: a merge left two versions", check.Out);
        Assert.Matches(@"fr\s+guide\s+7\s+6\s+0\s+0\s+0\s+1", Cli.Run(repo.Root, "status", "--long", "--lang", "fr").Out);
        var build = Cli.Run(repo.Root, "build", "--lang", "fr");
        Assert.Contains("skipped    fr guide: 1 unit failing checks (translations/fr.csv:", build.Out);

        var session = EditorSession.Open(ContentProject.Load(repo.Root));
        session.SelectLanguage("fr");
        Assert.True(session.JumpToError(forward: true));
        Assert.Equal(unit.Id, session.CurrentRow!.Id);
        Assert.Contains(session.CurrentFindings, f => f.Check == "conflict");
        Assert.Equal(("Téléphonez au 020 7219 3000 pour connaître votre député.", "Appelez le 020 7219 3000 pour trouver votre député."),
            (session.CurrentConflict!.Value.Ours.Translation, session.CurrentConflict!.Value.Theirs.Translation));
        Assert.Null(session.ChooseVersion(ConflictRows.Side.Theirs));
        Assert.Single(session.Save());
        Assert.Equal("Appelez le 020 7219 3000 pour trouver votre député.", repo.French[5].Translation);
        Assert.Equal(ExitCodes.Ok, Cli.Run(repo.Root, "check", "--lang", "fr").ExitCode);
        repo.Git("commit", "-q", "-am", "resolved");
    }

    [Fact]
    public void A_translation_edited_on_one_branch_while_its_English_changed_on_the_other_is_a_conflict_not_a_silent_merge()
    {
        using var repo = GitProject.Create(mergeDriver: true);
        repo.Branch("amina", () => repo.Translate(4, "Apportez toutes les lettres du Home Office."));
        repo.OnMain(() =>
        {
            repo.Project.WriteDocument("guide.md", GitProject.Guide.Replace("Bring every Home Office letter.", "Bring every Home Office letter, in order."));
            Assert.Equal(0, Cli.Run(repo.Root, "sync").ExitCode);
        });

        var (exit, _) = repo.Merge("amina");

        Assert.NotEqual(0, exit);
        var unit = repo.French[4];
        Assert.Equal(TranslationState.Outdated, unit.State);
        Assert.Equal("Apportez toutes les lettres du Home Office.", unit.Theirs!.Translation);
        // Taking the translator's version keeps it outdated against the new English, as sync would.
        Assert.Equal((TranslationState.Outdated, "Bring every Home Office letter."),
            (ConflictRows.Choose(unit, ConflictRows.Side.Theirs).State, ConflictRows.Choose(unit, ConflictRows.Side.Theirs).PreviousSource));
    }

    [Fact]
    public void A_sign_off_survives_a_merge_and_a_sync()
    {
        using var repo = GitProject.Create(mergeDriver: true);
        var signOff = new SignOff("Amina Hassan", new DateOnly(2026, 3, 2));
        repo.Branch("review", () => repo.EditFrench(r => r.Id == repo.French[2].Id ? r with { State = TranslationState.Reviewed, Review = signOff } : r));
        repo.OnMain(() => repo.Translate(3, "Écrivez à votre député avant une crise."));

        var (exit, output) = repo.Merge("review");
        Assert.True(exit == 0, output);
        Assert.Equal(0, Cli.Run(repo.Root, "sync").ExitCode);

        Assert.Equal((TranslationState.Reviewed, signOff), (repo.French[2].State, repo.French[2].Review));
        Assert.Contains(",reviewed,,,Amina Hassan,2026-03-02,\n", File.ReadAllText(repo.FrPath));
        Assert.Contains("fr       Amina Hassan: 1 unit, 2026-03-02", Cli.Run(repo.Root, "status").Out);
    }

    [Fact]
    public void A_version_that_cannot_be_read_leaves_ours_untouched_names_the_file_and_line_and_exits_2()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = GitProject.Guide });
        Cli.Run(project.Root, "sync");
        var ours = project.Read("translations/fr.csv");
        File.WriteAllText(project.PathOf("base.csv"), ours);
        File.WriteAllText(project.PathOf("theirs.csv"), ours.Replace(",untranslated,", ",done,", StringComparison.Ordinal));

        var result = Cli.Run(project.Root, "merge-csv", "base.csv", "translations/fr.csv", "theirs.csv", "translations/fr.csv");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Matches(@"error: translations/fr.csv \(theirs\):2: unknown state 'done'", result.Error);
        Assert.Equal(ours, project.Read("translations/fr.csv"));
    }

    [Fact]
    public void Setup_git_outside_a_repository_says_what_to_do_and_writes_nothing()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = GitProject.Guide });
        var before = project.Snapshot();

        var result = Cli.Run(project.Root, "setup-git");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("is not in a git repository", result.Error);
        Assert.Contains("Run 'git init'", result.Error);
        Assert.Equal(before.Keys.Order(), project.Snapshot().Keys.Order());
    }

    [Fact]
    public void Setup_git_run_twice_registers_the_driver_once_and_keeps_gitattributes_as_it_was()
    {
        using var repo = GitProject.Create(mergeDriver: true);
        var attributes = File.ReadAllText(Path.Combine(repo.Root, ".gitattributes"));

        var again = RealProgram.Run(repo.Root, null, "setup-git");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(".gitattributes already has 'translations/*.csv merge=mpleaflets-csv'", again.Out);
        Assert.Equal(attributes, File.ReadAllText(Path.Combine(repo.Root, ".gitattributes")));
        Assert.EndsWith("merge-csv %O %A %B %P", repo.Git("config", "merge.mpleaflets-csv.driver").Trim());
    }
}
