using LrNotebooks.Runner.Cli;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_give_the_defaults()
    {
        var options = CommandLine.Parse([]).Options!;
        Assert.Equal(RunnerOptions.Default with { Notebooks = options.Notebooks }, options);
        Assert.Empty(options.Notebooks);
        Assert.Equal(TimeSpan.FromSeconds(120), options.CellTimeout);
        Assert.True(options.Build && options.Restore && options.Site);
        Assert.Null(options.OutputDirectory);
        Assert.Null(options.KernelCommand);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var options = CommandLine.Parse([
            "--notebooks", "02-too-high", "0*", "--output", "out", "--timeout", "2.5", "--no-build", "--no-restore",
            "--no-site", "--root", "/r", "--kernel", "dotnet-interactive stdio", "--notebooks", "x.ipynb",
        ]).Options!;
        Assert.Equal(["02-too-high", "0*", "x.ipynb"], options.Notebooks);
        Assert.Equal("out", options.OutputDirectory);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.CellTimeout);
        Assert.False(options.Build || options.Restore || options.Site);
        Assert.Equal("/r", options.RepositoryRoot);
        Assert.Equal("dotnet-interactive stdio", options.KernelCommand);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_wins_over_everything(string flag)
    {
        Assert.True(CommandLine.Parse([flag]).ShowHelp);
        Assert.True(CommandLine.Parse(["--bogus", "--timeout", "0", flag]).ShowHelp);
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "-1")]
    [InlineData("--timeout", "NaN")]
    [InlineData("--timeout", "Infinity")]
    [InlineData("--timeout", "86401")]
    [InlineData("--timeout", "ten")]
    public void A_timeout_outside_0_to_one_day_is_an_error_naming_the_range(string flag, string value)
    {
        var result = CommandLine.Parse([flag, value]);
        Assert.Null(result.Options);
        Assert.Equal($"--timeout must be a number of seconds in (0, 86400], but was '{value}'.", result.Error);
    }

    [Theory]
    [InlineData("--output", "--output needs a directory.")]
    [InlineData("-o", "-o needs a directory.")]
    [InlineData("--root", "--root needs a directory.")]
    [InlineData("--timeout", "--timeout needs a number of seconds.")]
    [InlineData("--notebooks", "--notebooks needs at least one notebook name, glob or path.")]
    public void An_option_without_its_value_is_an_error(string flag, string error)
    {
        Assert.Equal(error, CommandLine.Parse([flag]).Error);
        Assert.Equal(error, CommandLine.Parse([flag, "--no-build"]).Error);
    }

    [Fact]
    public void An_empty_kernel_command_is_an_error()
    {
        Assert.StartsWith("--kernel needs a command line", CommandLine.Parse(["--kernel", " "]).Error);
    }

    [Fact]
    public void Unknown_options_and_stray_arguments_are_errors()
    {
        Assert.Equal("unknown option '--fast'.", CommandLine.Parse(["--fast"]).Error);
        Assert.Equal("unexpected argument '02'; to select notebooks use --notebooks 02.", CommandLine.Parse(["02"]).Error);
    }

    [Fact]
    public void The_help_text_documents_every_option_and_exit_code()
    {
        foreach (var text in new[] { "--notebooks", "--output", "--timeout", "--no-build", "--no-restore", "--no-site", "--root", "--kernel", "--help" })
            Assert.Contains(text, CommandLine.HelpText);
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "130" })
            Assert.Contains($"\n  {code}", CommandLine.HelpText);
    }

    [Fact]
    public void Notebooks_end_at_the_next_option_short_or_long()
    {
        var options = CommandLine.Parse(["--notebooks", "02-too-high", "-o", "out"]).Options!;
        Assert.Equal(["02-too-high"], options.Notebooks);
        Assert.Equal("out", options.OutputDirectory);
    }

    [Theory]
    [InlineData("--output=out", "out")]
    [InlineData("-o=out", "out")]
    [InlineData("--output=dir=with=equals", "dir=with=equals")]
    public void An_option_value_may_be_joined_with_equals(string arg, string output)
    {
        Assert.Equal(output, CommandLine.Parse([arg]).Options!.OutputDirectory);
    }

    [Fact]
    public void Every_option_with_a_value_accepts_the_equals_form()
    {
        var options = CommandLine.Parse(["--notebooks=02-too-high", "0*", "--timeout=2.5", "--root=/r", "--kernel=k stdio"]).Options!;
        Assert.Equal(["02-too-high", "0*"], options.Notebooks);
        Assert.Equal((TimeSpan.FromSeconds(2.5), "/r", "k stdio"), (options.CellTimeout, options.RepositoryRoot, options.KernelCommand));
    }

    [Theory]
    [InlineData("--output=", "--output needs a directory.")]
    [InlineData("--timeout=", "--timeout needs a number of seconds.")]
    [InlineData("--notebooks=", "--notebooks needs at least one notebook name, glob or path.")]
    [InlineData("--no-build=yes", "--no-build takes no value, but was given 'yes'.")]
    [InlineData("--bogus=1", "unknown option '--bogus'.")]
    [InlineData("-x", "unknown option '-x'.")]
    public void Equals_forms_without_a_value_or_for_flags_are_errors(string arg, string error)
    {
        Assert.Equal(error, CommandLine.Parse([arg]).Error);
    }

    public static TheoryData<int> Orders => [.. Enumerable.Range(0, 120)];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Options_give_the_same_result_in_every_order(int order)
    {
        string[][] groups = [["--notebooks", "a", "b*"], ["-o", "out"], ["--timeout=3"], ["--no-build"], ["--root", "r"]];
        var args = Permutation(groups, order).SelectMany(g => g).ToArray();
        var options = CommandLine.Parse(args).Options;
        Assert.True(options is not null, string.Join(' ', args));
        Assert.Equal(["a", "b*"], options.Notebooks);
        Assert.Equal(("out", TimeSpan.FromSeconds(3), false, "r"), (options.OutputDirectory, options.CellTimeout, options.Build, options.RepositoryRoot));
    }

    // The order-th permutation (factorial number system), so that every order is a separate test case.
    private static List<T> Permutation<T>(IReadOnlyList<T> items, int order)
    {
        var left = items.ToList();
        var result = new List<T>();
        for (var n = left.Count; n > 0; n--)
        {
            var factorial = Enumerable.Range(1, n - 1).Aggregate(1, (a, b) => a * b);
            result.Add(left[order / factorial]);
            left.RemoveAt(order / factorial);
            order %= factorial;
        }

        return result;
    }
}
