using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>
/// Every optimizer against the PyTorch 1.13 (float64) reference trajectories of Fixtures/optimizers.json
/// (Lion against the numpy transcription of Chen et al. 2023 / optax.lion in the generator), every iterate.
/// </summary>
public sealed class PyTorchReferenceTests
{
    /// <summary>
    /// Relative tolerance per coordinate: |actual − expected| &lt;= 1e-9 · max(|expected|, 1e-3). The floor 1e-3 (an
    /// absolute 1e-12) keeps coordinates that the run drives to ~0 (e.g. y = 1e-22 on the quadratic) from demanding
    /// digits below the rounding noise of the O(1) values they came from.
    /// </summary>
    internal const double Relative = 1e-9, Floor = 1e-3;

    public static TheoryData<string> CaseNames => new(OptimizerFixtures.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_the_reference_at_every_iterate(string name)
    {
        OptimizerCase reference = OptimizerFixtures.Case(name);
        Optimizer optimizer = reference.Create();
        OptimizerState state = optimizer.CreateState(2);
        TestFunctions.Gradient gradientOf = TestFunctions.GradientOf(reference.Surface);
        double[] p = reference.Start.ToArray(), g = new double[2];
        Assert.Equal(reference.Iterates[0], p);
        for (int t = 1; t < reference.Iterates.Length; t++)
        {
            gradientOf(p, g);
            optimizer.Step(p, g, state);
            for (int k = 0; k < 2; k++)
            {
                double expected = reference.Iterates[t][k], error = Math.Abs(p[k] - expected);
                Assert.True(error <= Relative * Math.Max(Math.Abs(expected), Floor),
                    $"{name}: step {t}, coordinate {k}: expected {expected:R}, got {p[k]:R} (error {error:E2})");
            }
        }
        Assert.Equal(reference.Iterates.Length - 1, state.Step);
    }

    [Fact]
    public void Fixture_has_100_steps_of_every_optimizer_on_both_functions_with_and_without_a_schedule()
    {
        string[] algorithms = ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam", "radam", "lion"];
        foreach (string algorithm in algorithms)
            foreach (string surface in new[] { "rosenbrock", "quadratic" })
            {
                var runs = OptimizerFixtures.Cases.Where(c => c.Algorithm == algorithm && c.Surface == surface).ToList();
                Assert.Contains(runs, c => c.LearningRateGamma is null && !c.Options.EnumerateObject().Any());
                Assert.Contains(runs, c => c.LearningRateGamma is not null);
                Assert.All(runs, c => Assert.Equal(101, c.Iterates.Length));
            }
        Assert.Equal(algorithms.Length, OptimizerFixtures.Cases.Select(c => c.Algorithm).Distinct().Count());
    }

    [Fact]
    public void Test_function_gradients_match_autograd()
    {
        Assert.NotEmpty(OptimizerFixtures.GradientChecks);
        var g = new double[2];
        foreach (GradientCheck check in OptimizerFixtures.GradientChecks)
        {
            TestFunctions.GradientOf(check.Surface)(check.Point, g);
            for (int k = 0; k < 2; k++)
                Assert.True(Math.Abs(g[k] - check.Gradient[k]) <= 1e-13 * Math.Max(1, Math.Abs(check.Gradient[k])),
                    $"{check.Surface} at ({check.Point[0]}, {check.Point[1]}): ∂{k} = {g[k]:R}, autograd {check.Gradient[k]:R}");
        }
    }

    [Fact]
    public void Scheduled_runs_differ_from_constant_runs()
    {
        // Guards the schedule path itself: a run whose learning rate decays must not reproduce the constant-rate run.
        foreach (OptimizerCase scheduled in OptimizerFixtures.Cases.Where(c => c.LearningRateGamma is not null))
        {
            var constant = OptimizerFixtures.Cases.Single(c => c.LearningRateGamma is null && c.Algorithm == scheduled.Algorithm
                && c.Surface == scheduled.Surface && c.Options.GetRawText() == scheduled.Options.GetRawText());
            Assert.NotEqual(constant.Iterates[^1], scheduled.Iterates[^1]);
        }
    }
}
