using LrNotebooks.Course;

namespace LrNotebooks.Course.Tests;

/// <summary>The tests that change <see cref="SolutionsMode.Variable"/> run one at a time with the ones that read it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SolutionsModeCollection
{
    public const string Name = "solutions mode";
}

[Collection(SolutionsModeCollection.Name)]
public sealed class SolutionsModeTests
{
    [Fact]
    public void In_the_solutions_run_a_null_answer_is_checked_with_the_library_solution()
    {
        using var _ = new SolutionsRun();

        ExerciseResult number = Exercises.StartHere.E1.Check(null);
        ExerciseResult implement = Exercises.AdaptiveOptimizers.E5.Check(null);

        Assert.True(number.Passed, number.ToString());
        Assert.StartsWith("(solutions run)", number.Feedback);
        Assert.True(implement.Passed, implement.ToString());
    }

    [Fact]
    public void In_the_solutions_run_a_students_answer_is_still_checked_as_given()
    {
        using var _ = new SolutionsRun();

        Assert.False(Exercises.StartHere.E1.Check(7).Passed);
    }

    [Fact]
    public void In_the_solutions_run_a_solution_that_fails_its_check_fails_the_cell()
    {
        using var _ = new SolutionsRun();
        var diverging = LrNotebooks.Core.Running.Descent.Run(LrNotebooks.Core.Surfaces.Surface.Parabola(1),
            LrNotebooks.Core.Optimizers.Optimizer.Sgd(0.1), [2.0], steps: 3);

        var e = Assert.Throws<ExerciseFailedException>(() => Exercises.WhatTheLearningRateDoes.E4.Check(null, diverging));
        Assert.Contains("E4", e.Message);
    }

    [Fact]
    public void Without_the_variable_a_null_answer_is_not_yet()
    {
        Assert.False(SolutionsMode.Enabled);
        Assert.False(Exercises.StartHere.E1.Check(null).Passed);
    }

    private sealed class SolutionsRun : IDisposable
    {
        public SolutionsRun() => Environment.SetEnvironmentVariable(SolutionsMode.Variable, "1");

        public void Dispose() => Environment.SetEnvironmentVariable(SolutionsMode.Variable, null);
    }
}
