using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>The subtle points of PyTorch 1.13's update rules, each on a one-parameter example computed by hand.</summary>
public sealed class SemanticsTests
{
    private static double[] Steps(Optimizer optimizer, double p0, params double[] gradients)
    {
        OptimizerState state = optimizer.CreateState(1);
        double[] p = [p0];
        var trace = new List<double>();
        foreach (double g in gradients)
        {
            optimizer.Step(p, [g], state);
            trace.Add(p[0]);
        }
        return [.. trace];
    }

    [Fact]
    public void Sgd_nesterov_looks_ahead_along_the_buffer()
    {
        // b₁ = g = 1 → u = g + μ b = 1.9; b₂ = 0.9 + 1 = 1.9 → u = 1 + 0.9·1.9 = 2.71.
        double[] p = Steps(Optimizer.Sgd(0.1, momentum: 0.9, nesterov: true), 0, 1, 1);
        Assert.Equal(-0.19, p[0], 15);
        Assert.Equal(-0.19 - 0.271, p[1], 15);
    }

    [Fact]
    public void Adagrad_counts_steps_from_one_in_the_rate_decay()
    {
        // Step 1 uses the undecayed rate, step 2 uses lr / (1 + lr_decay).
        double[] p = Steps(Optimizer.Adagrad(1.0, lrDecay: 1.0, eps: 0), 0, 2, 2);
        Assert.Equal(-1.0, p[0], 15);
        Assert.Equal(-1.0 - 0.5 * 2 / Math.Sqrt(8), p[1], 15);
    }

    [Fact]
    public void Adam_first_step_moves_by_the_learning_rate()
    {
        // Bias correction from t = 1: m̂ = g, v̂ = g², so the first move is lr · g / (|g| + ε).
        double[] p = Steps(Optimizer.Adam(0.1, eps: 0), 1, 123.0);
        Assert.Equal(0.9, p[0], 15);
    }

    [Fact]
    public void Amsgrad_keeps_normalizing_by_the_largest_second_moment()
    {
        var plain = Steps(Optimizer.Adam(0.1), 0, 10, 0.1, 0.1, 0.1);
        var ams = Steps(Optimizer.Adam(0.1, amsgrad: true), 0, 10, 0.1, 0.1, 0.1);
        Assert.Equal(plain[0], ams[0]);
        // After the large gradient passes, v decays but AMSGrad's maximum does not, so AMSGrad moves less.
        Assert.True(Math.Abs(ams[3] - ams[2]) < Math.Abs(plain[3] - plain[2]));
    }

    [Fact]
    public void AdamW_decay_shrinks_even_with_a_zero_gradient_and_adam_decay_is_normalized()
    {
        // AdamW: p ← p (1 − lr λ) and then m = 0 → no further move.
        Assert.Equal(2 * (1 - 0.1 * 0.5), Steps(Optimizer.AdamW(0.1, weightDecay: 0.5), 2, 0)[0], 15);
        // Adam: the decay λp is a gradient, normalized like any other: the first move is ≈ lr whatever λ is.
        Assert.Equal(2 - 0.1, Steps(Optimizer.Adam(0.1, weightDecay: 0.5, eps: 0), 2, 0)[0], 15);
    }

    [Fact]
    public void Adamax_puts_eps_inside_the_max()
    {
        // u₁ = max(0, |0| + ε) = ε, so a zero gradient does not divide by zero.
        Assert.Equal(1.0, Steps(Optimizer.Adamax(0.1, eps: 1e-3), 1, 0)[0]);
        // |g| + ε: with g = 1 and ε = 1, u = 2 and the first move is lr / (1 − β₁) · (1 − β₁) g / u = lr / 2.
        Assert.Equal(1 - 0.05, Steps(Optimizer.Adamax(0.1, eps: 1), 1, 1)[0], 15);
    }

    [Fact]
    public void RmsProp_centered_divides_by_the_standard_deviation()
    {
        // One step with g = 1, α = 0.5: v = 0.5, ḡ = 0.5 → √(v − ḡ²) = 0.5, plain √v = 0.7071.
        Assert.Equal(-0.1 / 0.5, Steps(Optimizer.RmsProp(0.1, alpha: 0.5, eps: 0, centered: true), 0, 1)[0], 15);
        Assert.Equal(-0.1 / Math.Sqrt(0.5), Steps(Optimizer.RmsProp(0.1, alpha: 0.5, eps: 0), 0, 1)[0], 15);
    }

    [Fact]
    public void Adadelta_first_step_is_sqrt_eps_over_rms_gradient_times_lr()
    {
        // v = (1 − ρ) g², u = 0: Δ = √ε / √(v + ε) · g.
        double expected = -2.0 * Math.Sqrt(1e-6) / Math.Sqrt(0.1 * 9 + 1e-6) * 3;
        Assert.Equal(expected, Steps(Optimizer.Adadelta(2.0), 0, 3)[0], 15);
    }

    [Fact]
    public void RAdam_switches_to_the_adaptive_step_when_the_sma_length_exceeds_five()
    {
        var radam = Optimizer.RAdam(0.1, beta2: 0.999);
        int first = Enumerable.Range(1, 20).First(t => radam.SmaLength(t) > 5);
        Assert.Equal(6, first);
        Assert.Equal(2 / (1 - 0.999) - 1 - 2 * 6 * Math.Pow(0.999, 6) / (1 - Math.Pow(0.999, 6)), radam.SmaLength(6), 12);
        // Constant gradient 1: m̂ = 1, so steps 1-5 move by exactly lr; from step 6 the rectified adaptive term scales it.
        double[] p = Steps(radam, 0, [.. Enumerable.Repeat(1.0, 7)]);
        for (int t = 1; t < 5; t++) Assert.Equal(-0.1, p[t] - p[t - 1], 14);
        Assert.NotEqual(-0.1, p[5] - p[4], 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => radam.SmaLength(0));
    }

    [Fact]
    public void NAdam_momentum_product_follows_pytorch_1_13()
    {
        var nadam = Optimizer.NAdam(0.002);
        OptimizerState state = nadam.CreateState(1);
        double[] p = [0];
        double product = 1;
        for (int t = 1; t <= 3; t++)
        {
            nadam.Step(p, [1.0], state);
            product *= 0.9 * (1 - 0.5 * Math.Pow(0.96, t * 0.004));
            Assert.Equal(product, state.Scalars[NAdam.MomentumProductScalar], 15);
        }
    }

    [Fact]
    public void Lion_moves_by_the_learning_rate_in_the_sign_of_the_interpolation()
    {
        // m = 0: c = 0.1 g → sign(g); then m = 0.01 g. Second step with -g: c = 0.1·(−g) + 0.9·0.01 g = −0.091 g → −sign(g).
        double[] p = Steps(Optimizer.Lion(0.01), 0, 5, -5);
        Assert.Equal(-0.01, p[0]);
        Assert.Equal(0.0, p[1], 15);
        // A zero gradient with zero momentum does not move (sign(0) = 0); decoupled decay still shrinks.
        Assert.Equal(1.0, Steps(Optimizer.Lion(0.01), 1, 0)[0]);
        Assert.Equal(1 - 0.01 * 0.5, Steps(Optimizer.Lion(0.01, weightDecay: 0.5), 1, 0)[0], 15);
    }

    [Fact]
    public void The_learning_rate_comes_from_the_schedule_at_every_step()
    {
        var schedule = new GeometricTestSchedule(1.0, 0.5);
        double[] p = Steps(Optimizer.Sgd(schedule), 0, 1, 1, 1);
        Assert.Equal([-1.0, -1.5, -1.75], p);
    }
}
