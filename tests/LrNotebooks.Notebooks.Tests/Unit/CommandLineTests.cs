using LrNotebooks.Runner.Cli;

namespace LrNotebooks.Notebooks.Tests.Unit;

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
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "130" })
            Assert.Contains($"\n  {code}", CommandLine.HelpText);
    }
}
