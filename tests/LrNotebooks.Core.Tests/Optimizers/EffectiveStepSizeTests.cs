using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>
/// The effective step size is "the factor each (first-moment) gradient component was multiplied by" in the most recent
/// step. Each test takes a few steps, then checks the last step's actual move Δp against that factor times the
/// direction the documentation names (computed here from the state before and after the step).
/// </summary>
public sealed class EffectiveStepSizeTests
{
    private const int N = 6;
    private static readonly double[] G = [0.3, -1.2, 2.5, -0.01, 0.0, 4.0];

    /// <summary>Runs <paramref name="warmup"/> steps with varied gradients, then one with <see cref="G"/>; returns the state before and after it.</summary>
    private static (double[] Before, double[] After, OptimizerState Previous, OptimizerState State, double[] Effective) LastStep(Optimizer optimizer, int warmup = 4)
    {
        double[] p = [1.0, -2.0, 0.5, 3.0, -0.7, 0.0];
        OptimizerState state = optimizer.CreateState(N);
        for (int t = 0; t < warmup; t++) optimizer.Step(p, [.. G.Select((g, i) => g * (1 + 0.3 * Math.Cos(t + i)))], state);
        double[] before = p.ToArray();
        OptimizerState previous = state.Clone();
        optimizer.Step(p, G, state);
        var effective = new double[N];
        optimizer.EffectiveStepSize(state, effective);
        return (before, p, previous, state, effective);
    }

    private static void AssertMove(double[] before, double[] after, double[] effective, double[] direction, double[]? shrink = null)
    {
        for (int i = 0; i < N; i++)
        {
            double expected = (shrink?[i] ?? before[i]) - effective[i] * direction[i];
            Assert.True(Math.Abs(after[i] - expected) <= 1e-13 * Math.Max(1, Math.Abs(expected)),
                $"component {i}: moved to {after[i]:R}, effective step size predicts {expected:R}");
        }
    }

    [Fact]
    public void Sgd_is_the_learning_rate_times_the_momentum_buffer()
    {
        var (before, after, _, state, eff) = LastStep(Optimizer.Sgd(0.05, momentum: 0.9));
        Assert.All(eff, e => Assert.Equal(0.05, e));
        AssertMove(before, after, eff, state.Buffer(Sgd.MomentumBuffer).ToArray());
    }

    [Fact]
    public void Plain_sgd_and_lion_report_the_learning_rate_of_the_last_step_from_the_schedule()
    {
        var schedule = new GeometricTestSchedule(0.1, 0.5);
        foreach (Optimizer optimizer in new Optimizer[] { Optimizer.Sgd(schedule), Optimizer.Lion(schedule) })
        {
            var (before, after, _, state, eff) = LastStep(optimizer);
            Assert.All(eff, e => Assert.Equal(0.1 * Math.Pow(0.5, 4), e));
            Assert.Equal(0.1 * Math.Pow(0.5, 4), state.LastLearningRate);
            if (optimizer is Sgd) AssertMove(before, after, eff, G);
        }
    }

    [Fact]
    public void Lion_moves_every_component_by_exactly_the_effective_step()
    {
        var (before, after, previous, _, eff) = LastStep(Optimizer.Lion(0.01));
        double[] sign = [.. Enumerable.Range(0, N).Select(i => (double)Math.Sign(0.1 * G[i] + 0.9 * previous.Buffer(Lion.MomentumBuffer)[i]))];
        AssertMove(before, after, eff, sign);
    }

    [Fact]
    public void Adagrad_is_the_decayed_rate_over_the_root_of_the_sum()
    {
        var optimizer = Optimizer.Adagrad(0.1, lrDecay: 0.5, eps: 1e-3);
        var (before, after, _, state, eff) = LastStep(optimizer);
        for (int i = 0; i < N; i++) Assert.Equal(0.1 / (1 + 4 * 0.5) / (Math.Sqrt(state.Buffer(Adagrad.SumBuffer)[i]) + 1e-3), eff[i], 15);
        AssertMove(before, after, eff, G);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RmsProp_is_the_rate_over_the_root_of_the_average(bool centered)
    {
        var (before, after, _, state, eff) = LastStep(Optimizer.RmsProp(0.01, eps: 1e-4, centered: centered));
        var optimizer = Optimizer.RmsProp(0.01, eps: 1e-4, centered: centered);
        for (int i = 0; i < N; i++)
        {
            double v = state.Buffer(RmsProp.SquareAverageBuffer)[i], mean = centered ? state.Buffer(optimizer.GradientAverageBuffer)[i] : 0;
            Assert.Equal(0.01 / (Math.Sqrt(v - mean * mean) + 1e-4), eff[i], 15);
        }
        AssertMove(before, after, eff, G);
    }

    [Fact]
    public void RmsProp_with_momentum_feeds_the_effective_step_times_the_gradient_into_the_buffer()
    {
        var optimizer = Optimizer.RmsProp(0.01, momentum: 0.5);
        var (before, after, previous, state, eff) = LastStep(optimizer);
        for (int i = 0; i < N; i++)
        {
            double b = 0.5 * previous.Buffer(optimizer.MomentumBuffer)[i] + eff[i] / 0.01 * G[i];
            Assert.Equal(b, state.Buffer(optimizer.MomentumBuffer)[i], 13);
            Assert.Equal(before[i] - 0.01 * b, after[i], 13);
        }
    }

    [Fact]
    public void Adadelta_is_the_rate_times_the_ratio_of_the_roots()
    {
        var (before, after, previous, state, eff) = LastStep(Optimizer.Adadelta(0.5, eps: 1e-3));
        for (int i = 0; i < N; i++)
            Assert.Equal(0.5 * Math.Sqrt(previous.Buffer(Adadelta.DeltaAverageBuffer)[i] + 1e-3) / Math.Sqrt(state.Buffer(Adadelta.SquareAverageBuffer)[i] + 1e-3), eff[i], 14);
        AssertMove(before, after, eff, G);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Adam_is_the_bias_corrected_rate_over_the_bias_corrected_root(bool amsgrad)
    {
        var (before, after, _, state, eff) = LastStep(Optimizer.Adam(0.01, eps: 1e-3, amsgrad: amsgrad));
        int t = 5;
        for (int i = 0; i < N; i++)
        {
            double v = state.Buffer(amsgrad ? Adam.MaxSecondMomentBuffer : Adam.SecondMomentBuffer)[i];
            Assert.Equal(0.01 / (1 - Math.Pow(0.9, t)) / (Math.Sqrt(v) / Math.Sqrt(1 - Math.Pow(0.999, t)) + 1e-3), eff[i], 14);
        }
        AssertMove(before, after, eff, state.Buffer(Adam.FirstMomentBuffer).ToArray());
    }

    [Fact]
    public void AdamW_is_adam_after_the_decoupled_shrink()
    {
        var (before, after, _, state, eff) = LastStep(Optimizer.AdamW(0.01, weightDecay: 0.5));
        double[] shrunk = [.. before.Select(p => p * (1 - 0.01 * 0.5))];
        AssertMove(before, after, eff, state.Buffer(AdamW.FirstMomentBuffer).ToArray(), shrunk);
    }

    [Fact]
    public void Adamax_is_the_bias_corrected_rate_over_the_infinity_norm()
    {
        var (before, after, _, state, eff) = LastStep(Optimizer.Adamax(0.01));
        for (int i = 0; i < N; i++) Assert.Equal(0.01 / (1 - Math.Pow(0.9, 5)) / state.Buffer(Adamax.InfinityNormBuffer)[i], eff[i], 14);
        AssertMove(before, after, eff, state.Buffer(Adamax.FirstMomentBuffer).ToArray());
    }

    [Fact]
    public void NAdam_multiplies_the_bias_corrected_nesterov_moment()
    {
        var (before, after, previous, state, eff) = LastStep(Optimizer.NAdam(0.01));
        double Mu(int step) => 0.9 * (1 - 0.5 * Math.Pow(0.96, step * 0.004));
        double product = previous.Scalars[NAdam.MomentumProductScalar] * Mu(5), productNext = product * Mu(5) * Mu(6);
        Assert.Equal(product, state.Scalars[NAdam.MomentumProductScalar], 15);
        double[] direction = [.. Enumerable.Range(0, N).Select(i =>
            (1 - Mu(5)) / (1 - product) * G[i] + Mu(6) / (1 - productNext) * state.Buffer(NAdam.FirstMomentBuffer)[i])];
        AssertMove(before, after, eff, direction);
    }

    [Theory]
    [InlineData(0.999, 4, false)]
    [InlineData(0.999, 10, true)]
    [InlineData(0.9, 10, true)]
    [InlineData(0.5, 10, false)]
    public void RAdam_multiplies_the_first_moment_in_both_phases(double beta2, int warmup, bool rectified)
    {
        var optimizer = Optimizer.RAdam(0.01, beta2: beta2);
        var (before, after, _, state, eff) = LastStep(optimizer, warmup);
        int t = warmup + 1;
        Assert.Equal(rectified, optimizer.SmaLength(t) > 5);
        AssertMove(before, after, eff, state.Buffer(RAdam.FirstMomentBuffer).ToArray());
        if (!rectified) Assert.All(eff, e => Assert.Equal(0.01 / (1 - Math.Pow(0.9, t)), e, 15));
        else Assert.Contains(eff, e => Math.Abs(e - 0.01 / (1 - Math.Pow(0.9, t))) > 1e-6);
    }

    [Fact]
    public void Before_the_first_step_it_is_the_first_step_with_zero_history()
    {
        double[] Before(Optimizer o)
        {
            var d = new double[2];
            o.EffectiveStepSize(o.CreateState(2), d);
            return d;
        }
        Assert.Equal([0.1, 0.1], Before(Optimizer.Sgd(new GeometricTestSchedule(0.1, 0.5))));
        Assert.Equal(0.1 / (Math.Sqrt(0.25) + 1e-10), Before(Optimizer.Adagrad(0.1, initialAccumulatorValue: 0.25))[0], 15);
        Assert.Equal(0.01 / 1e-8, Before(Optimizer.RmsProp())[0], 6);
        Assert.Equal(1.0, Before(Optimizer.Adadelta())[0]);
        Assert.Equal(0.001 / 0.1 / 1e-8, Before(Optimizer.Adam())[0], 3);
        Assert.Equal(0.002 / 0.1 / 1e-8, Before(Optimizer.Adamax())[0], 3);
        Assert.Equal(0.001 / 0.1, Before(Optimizer.RAdam())[0], 15);
        Assert.Equal(1e-4, Before(Optimizer.Lion())[0]);
    }

    [Fact]
    public void It_does_not_change_the_state()
    {
        foreach (Optimizer optimizer in OptimizerCatalog.All.Values)
        {
            var (p, state) = OptimizerCatalog.Run(optimizer, 5, 3);
            OptimizerState copy = state.Clone();
            optimizer.EffectiveStepSize(state, new double[5]);
            for (int b = 0; b < state.BufferCount; b++) Assert.Equal(copy.Buffer(b).ToArray(), state.Buffer(b).ToArray());
            Assert.Equal(copy.Step, state.Step);
        }
    }
}
