using LrNotebooks.Runner.Cli;
using LrNotebooks.Runner.Processes;

namespace LrNotebooks.Runner.Tests.Unit;

/// <summary>The runner's side of the solutions run: the option, and the variable the kernels get (and only then).</summary>
public sealed class SolutionsRunTests
{
    [Fact]
    public void Solutions_is_off_unless_asked_for()
    {
        Assert.False(CommandLine.Parse([]).Options!.Solutions);
        Assert.True(CommandLine.Parse(["--solutions", "--notebooks", "00-start-here"]).Options!.Solutions);
        Assert.Contains("--solutions", CommandLine.HelpText);
    }

    [Fact]
    public void Only_a_solutions_run_gives_the_kernel_the_variable_and_a_leftover_one_is_removed()
    {
        var solutions = new Dictionary<string, string?>();
        ChildEnvironment.Apply(solutions, "run", solutions: true);
        var normal = new Dictionary<string, string?> { [ChildEnvironment.SolutionsVariable] = "1" };
        ChildEnvironment.Apply(normal, "run");

        Assert.Equal("1", solutions[ChildEnvironment.SolutionsVariable]);
        Assert.False(normal.ContainsKey(ChildEnvironment.SolutionsVariable));
        Assert.Equal("LRNOTEBOOKS_SOLUTIONS", ChildEnvironment.SolutionsVariable);
    }
}
