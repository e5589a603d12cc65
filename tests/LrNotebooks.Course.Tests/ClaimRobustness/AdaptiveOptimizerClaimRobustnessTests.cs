using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using static LrNotebooks.Course.AdaptiveOptimizerClaims;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Notebook 05's claims re-run with other grids, budgets, starts, bowls and seeds: the verdict must not flip.</summary>
public sealed class AdaptiveOptimizerClaimRobustnessTests
{
    [Fact]
    [ClaimRobustness("05", "C13")]
    public void Momentum_limit_holds_for_other_margins_bowls_and_momenta()
    {
        MomentumLimitSettings[] perturbed =
        [
            new(), new() { Margin = 0.01 }, new() { Margin = 0.05 }, new() { A = 0.05, B = 2 }, new() { A = 0.1, B = 1 },
            new() { Momenta = [0.3, 0.7, 0.99], NesterovMomentum = 0.5 },
        ];
        foreach (var s in perturbed)
        {
            var result = MomentumLimits(s with { SweepRates = 2 });
            Assert.True(result.Holds, $"margin {s.Margin}, a = {s.A}, b = {s.B}: {result.Evidence}");
        }
    }

    [Fact]
    [ClaimRobustness("05", "C13")]
    public void Effective_rate_holds_for_other_rates_momenta_bowls_and_tolerances()
    {
        EffectiveRateSettings[] perturbed =
        [
            new(), new() { EffectiveLearningRate = 0.05 }, new() { EffectiveLearningRate = 0.5 }, new() { Momenta = [0, 0.8, 0.95] },
            new() { A = 0.005, B = 0.01 }, new() { Tolerance = 1e-9 },
        ];
        foreach (var s in perturbed)
        {
            var result = EffectiveRate(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C13")]
    public void Polyak_factor_holds_for_other_windows_bowls_and_starts()
    {
        PolyakSettings[] perturbed =
        [
            new(), new() { From = 10, To = 30 }, new() { From = 5, To = 25 }, new() { From = 30, To = 60 }, new() { A = 0.05, B = 2 },
            new() { A = 0.1, B = 1, From = 10, To = 30 }, new() { Start = [1, 1] },
        ];
        foreach (var s in perturbed)
        {
            var result = PolyakTuning(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C12")]
    public void Step_size_ratio_holds_from_every_start_off_the_axes_and_for_other_rates()
    {
        for (int k = 0; k < 12; k++)
        {
            if (k % 3 == 0) continue;                        // on an axis one coordinate never sees a gradient
            double angle = 2 * Math.PI * k / 12;
            var result = StepSizeRatios(new() { Start = [2.9 * Math.Cos(angle), 2.9 * Math.Sin(angle)] });
            Assert.True(result.Holds, result.Evidence);
        }
        foreach (double[] rates in new double[][] { [0.4, 0.5, 0.05, 0.03], [0.4, 0.5, 0.05, 0.3], [0.4, 0.1, 0.01, 0.1], [0.4, 1, 0.2, 0.1] })
        {
            var result = StepSizeRatios(new() { LearningRates = rates });
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C12")]
    public void Usable_window_holds_for_other_grids_budgets_tolerances_and_ceilings()
    {
        WindowSettings[] perturbed =
        [
            new(), new() { RatesPerDecade = 2 }, new() { RatesPerDecade = 3 }, new() { RatesPerDecade = 12 }, new() { Budget = 1000 },
            new() { Budget = 1000, Tolerance = 1e-3 }, new() { Tolerance = 1e-3 }, new() { HighestRate = 1e4 }, new() { LossCeiling = 100 },
        ];
        foreach (var s in perturbed)
        {
            var result = UsableWindows(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C8")]
    [ClaimRobustness("05", "C19")]
    public void Best_schedule_and_base_rate_hold_for_other_noise_budgets_grids_and_seeds()
    {
        ScheduleSettings[] perturbed =
        [
            new(), new() { Noise = 1 }, new() { Noise = 0.3 }, new() { Steps = 1000 }, new() { RatesPerDecade = 6 },
            new() { EvaluationSeed = 5001 }, new() { SelectionSeeds = 16, EvaluationSeeds = 32 },
        ];
        foreach (var s in perturbed)
        {
            var result = AdamSchedule(s);
            Assert.True(result.Holds, result.Evidence);
            Assert.True(result.BaseRateMatters, result.BaseRateEvidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C19")]
    public void Rotation_holds_from_other_starts_budgets_and_turning_directions()
    {
        RotationSettings[] perturbed =
        [
            new(), new() { Start = [2, 2] }, new() { Start = [-1, -2.5] }, new() { Start = [0.5, 2.5] }, new() { Steps = 300 },
            new() { Angle = -Math.PI / 4 },
        ];
        foreach (var s in perturbed)
        {
            var result = Rotation(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C19")]
    public void Epsilon_ceiling_holds_for_other_scales_epsilons_and_rates()
    {
        EpsilonSettings[] perturbed =
        [
            new(), new() { Scale = 1e-5 }, new() { LargeEpsilon = 0.1 }, new() { ReadAt = 100 }, new() { LearningRate = 0.01 },
            new() { Scale = 1e-3, LargeEpsilon = 0.1 },
        ];
        foreach (var s in perturbed)
        {
            var result = EpsilonCeiling(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("05", "C19")]
    public void AmsGrad_counterexample_holds_for_other_rates_second_moments_and_lengths()
    {
        AmsGradSettings[] perturbed =
        [
            new(), new() { LearningRate = 0.1 }, new() { LearningRate = 0.01, Steps = 100_000 }, new() { Beta2 = 0.999 },
            new() { Steps = 100_000 }, new() { Beta2 = 0.999, LearningRate = 0.1 },
        ];
        foreach (var s in perturbed)
        {
            var result = AmsGrad(s);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Theory]
    [ClaimRobustness("05", "Adam step")]
    [InlineData(0.1, 0.9, 0.999, 1e-8, 3)]
    [InlineData(0.01, 0.8, 0.99, 1e-3, 10)]
    [InlineData(1.0, 0.0, 0.5, 0.0, 5)]
    public void Adam_written_out_by_hand_lands_where_the_library_lands(double eta, double beta1, double beta2, double epsilon, int steps)
    {
        var bowl = Surface.Quadratic(0.1, 2);
        double[] x = [-2.5, 1.5], m = [0, 0], v = [0, 0];
        for (int t = 1; t <= steps; t++)                       // the notebook's cell, with these settings
        {
            double[] g = bowl.Gradient(x);
            for (int i = 0; i < x.Length; i++)
            {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.Pow(beta1, t)), vHat = v[i] / (1 - Math.Pow(beta2, t));
                x[i] -= eta * mHat / (Math.Sqrt(vHat) + epsilon);
            }
        }
        var library = Descent.Run(bowl, Optimizer.Adam(eta, beta1, beta2, epsilon), [-2.5, 1.5], steps).FinalPoint;
        Assert.True(Math.Abs(x[0] - library[0]) < 1e-12 && Math.Abs(x[1] - library[1]) < 1e-12,
            $"by hand ({x[0]}, {x[1]}), library ({library[0]}, {library[1]})");
    }
}
