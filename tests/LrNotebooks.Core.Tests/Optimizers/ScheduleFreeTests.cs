using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>
/// Schedule-free SGD and AdamW: steps worked by hand on f(y) = a·y²/2, the invariants of Defazio et al. 2024
/// (y = (1 − β)·z + β·x, x = the weighted mean of the z's), the special cases β = 0 and β = 1, and bad input.
/// </summary>
public sealed class ScheduleFreeTests
{
    private const double A = 2;   // f(y) = A·y²/2, g = A·y

    private static void Close(double expected, double actual, string context, double tolerance = 1e-14)
    {
        if (!(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected))))
            Assert.Fail($"{context}: expected {expected:R}, got {actual:R}.");
    }

    /// <summary>Runs <paramref name="steps"/> steps on the 1-D quadratic from y = 1; returns (y, z, x) after each step.</summary>
    private static List<(double Y, double Z, double X)> Quadratic(ScheduleFreeOptimizer optimizer, int steps)
    {
        double[] y = [1.0];
        var state = optimizer.CreateState(1);
        var path = new List<(double, double, double)>();
        for (int t = 0; t < steps; t++)
        {
            optimizer.Step(y, [A * y[0]], state);
            path.Add((y[0], state.Buffer(ScheduleFreeOptimizer.ZBuffer)[0], state.Buffer(ScheduleFreeOptimizer.XBuffer)[0]));
        }
        return path;
    }

    [Fact]
    public void Sgd_first_three_steps_by_hand()
    {
        // η = 0.1, β = 0.9, constant rate so c = 1, 1/2, 1/3.
        // t=1: g = 2,     z = 1 − 0.2 = 0.8,        x = 0.8,                     y = 0.8
        // t=2: g = 1.6,   z = 0.8 − 0.16 = 0.64,    x = (0.8 + 0.64)/2 = 0.72,    y = 0.1·0.64 + 0.9·0.72 = 0.712
        // t=3: g = 1.424, z = 0.64 − 0.1424 = 0.4976, x = (2·0.72 + 0.4976)/3 = 0.64586…, y = 0.1·0.4976 + 0.9·x = 0.63104
        var path = Quadratic(Optimizer.ScheduleFreeSgd(0.1, momentum: 0.9), 3);
        Close(0.8, path[0].Y, "y1"); Close(0.8, path[0].Z, "z1"); Close(0.8, path[0].X, "x1");
        Close(0.712, path[1].Y, "y2"); Close(0.64, path[1].Z, "z2"); Close(0.72, path[1].X, "x2");
        Close(0.63104, path[2].Y, "y3"); Close(0.4976, path[2].Z, "z3"); Close(1.9376 / 3, path[2].X, "x3");
    }

    [Fact]
    public void Sgd_warm_up_weights_the_average_by_the_squared_rate()
    {
        // η = 0.1, warm-up 2: rates 0.05, 0.1, 0.1; weights 0.0025, 0.01, 0.01; c = 1, 0.8, 4/9.
        // t=1: g = 2,      z = 1 − 0.1 = 0.9,          x = 0.9,                               y = 0.9
        // t=2: g = 1.8,    z = 0.9 − 0.18 = 0.72,      x = 0.2·0.9 + 0.8·0.72 = 0.756,         y = 0.072 + 0.6804 = 0.7524
        // t=3: g = 1.5048, z = 0.72 − 0.15048 = 0.56952, x = (5/9)·0.756 + (4/9)·0.56952 = 0.67312, y = 0.056952 + 0.605808 = 0.66276
        var optimizer = Optimizer.ScheduleFreeSgd(0.1, warmupSteps: 2);
        Assert.Equal([0.05, 0.1, 0.1], optimizer.LearningRate.Preview(3));
        var path = Quadratic(optimizer, 3);
        Close(0.9, path[0].Y, "y1");
        Close(0.72, path[1].Z, "z2"); Close(0.756, path[1].X, "x2"); Close(0.7524, path[1].Y, "y2");
        Close(0.56952, path[2].Z, "z3"); Close(0.67312, path[2].X, "x3"); Close(0.66276, path[2].Y, "y3");
    }

    [Fact]
    public void AdamW_first_three_steps_by_hand()
    {
        const double lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8, wd = 0.5;
        var path = Quadratic(Optimizer.ScheduleFreeAdamW(lr, beta1: b1, beta2: b2, eps: eps, weightDecay: wd), 3);
        double y = 1, z = 1, x = 1, v = 0;
        for (int t = 1; t <= 3; t++)
        {
            double g = A * y;
            v = b2 * v + (1 - b2) * g * g;
            z = z - lr * wd * y - lr * g / (Math.Sqrt(v / (1 - Math.Pow(b2, t))) + eps);
            double c = 1.0 / t;   // constant rate: the plain mean
            x = (1 - c) * x + c * z;
            y = (1 - b1) * z + b1 * x;
            Close(z, path[t - 1].Z, $"z{t}"); Close(x, path[t - 1].X, $"x{t}"); Close(y, path[t - 1].Y, $"y{t}");
        }
        // Step 1 by hand: v̂ = g² = 4, so z = 1 − 0.05 − 0.1·2/(2 + 1e-8) ≈ 0.85 and x = y = z.
        Close(0.85, path[0].Z, "z1 by hand", 1e-8);
        Close(0.85, path[0].Y, "y1 by hand", 1e-8);
    }

    public static TheoryData<string> Both => new() { "sgd", "adamw" };

    private static ScheduleFreeOptimizer Make(string kind, Schedule lr, double beta = 0.9) => kind == "sgd"
        ? Optimizer.ScheduleFreeSgd(lr, momentum: beta, weightDecay: 0.01, warmupSteps: 5)
        : Optimizer.ScheduleFreeAdamW(lr, beta1: beta, weightDecay: 0.01, warmupSteps: 5);

    [Theory]
    [MemberData(nameof(Both))]
    public void Y_interpolates_z_and_x_and_x_is_the_weighted_mean_of_the_zs(string kind)
    {
        // A rising then falling rate (warm-up, then a decay), so the largest rate so far differs from the current one.
        var optimizer = Make(kind, Schedule.Cosine(0.05, 20, 0.01));
        const int n = 7, steps = 40;
        var random = new Random(3);
        var p = new double[n];
        for (int i = 0; i < n; i++) p[i] = 2 * random.NextDouble() - 1;
        var state = optimizer.CreateState(n);
        var weightedSum = new double[n];
        double weightTotal = 0, maxRate = 0;
        var g = new double[n];
        for (int t = 0; t < steps; t++)
        {
            for (int i = 0; i < n; i++) g[i] = (i + 1) * p[i] + 0.1 * (random.NextDouble() - 0.5);
            double rate = optimizer.LearningRate.At(t);
            optimizer.Step(p, g, state);
            maxRate = Math.Max(maxRate, rate);
            double w = maxRate * maxRate;
            weightTotal += w;
            var z = state.Buffer(ScheduleFreeOptimizer.ZBuffer);
            var x = state.Buffer(ScheduleFreeOptimizer.XBuffer);
            for (int i = 0; i < n; i++)
            {
                weightedSum[i] += w * z[i];
                Close((1 - optimizer.Beta) * z[i] + optimizer.Beta * x[i], p[i], $"y = (1 − β)z + βx, t={t}, i={i}");
                Close(weightedSum[i] / weightTotal, x[i], $"x = Σ w z / Σ w, t={t}, i={i}", 1e-12);
            }
            Close(w / weightTotal, state.Scalars[ScheduleFreeOptimizer.AveragingWeightScalar], $"c, t={t}");
        }
        Assert.Equal(state.Buffer(ScheduleFreeOptimizer.XBuffer).ToArray(), optimizer.EvaluationPoint(state, p));
    }

    [Fact]
    public void Beta_zero_is_plain_sgd_on_z_evaluated_at_its_running_mean()
    {
        var free = Optimizer.ScheduleFreeSgd(0.05, momentum: 0);
        var plain = Optimizer.Sgd(0.05);
        double[] y = [1.5, -0.7], q = [1.5, -0.7];
        var fs = free.CreateState(2);
        var ps = plain.CreateState(2);
        var sum = new double[2];
        for (int t = 1; t <= 30; t++)
        {
            free.Step(y, [3 * y[0], y[1]], fs);
            plain.Step(q, [3 * q[0], q[1]], ps);
            Assert.Equal(q, y);                                           // y = z = the SGD iterate, bit for bit
            Assert.Equal(q, fs.Buffer(ScheduleFreeOptimizer.ZBuffer).ToArray());
            for (int i = 0; i < 2; i++) sum[i] += q[i];
            var x = free.EvaluationPoint(fs, y);
            for (int i = 0; i < 2; i++) Close(sum[i] / t, x[i], $"x = mean of the SGD iterates, t={t}");
        }
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void Beta_one_takes_gradients_at_the_average(string kind)
    {
        var optimizer = Make(kind, 0.05, beta: 1);
        double[] y = [1.0, 2.0];
        var state = optimizer.CreateState(2);
        for (int t = 0; t < 10; t++)
        {
            optimizer.Step(y, [y[0], 4 * y[1]], state);
            Assert.Equal(state.Buffer(ScheduleFreeOptimizer.XBuffer).ToArray(), y);
        }
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void Evaluation_point_starts_at_the_parameters_and_a_zero_rate_changes_nothing(string kind)
    {
        var optimizer = Make(kind, 0.0);
        double[] y = [0.3, -0.4];
        var state = optimizer.CreateState(2);
        Assert.Equal(y, optimizer.EvaluationPoint(state, y));
        optimizer.Step(y, [1, 1], state);
        Assert.Equal([0.3, -0.4], y);
        Assert.Equal(y, optimizer.EvaluationPoint(state, y));
        Assert.Equal(0, state.Scalars[ScheduleFreeOptimizer.AveragingWeightScalar]);
    }

    [Fact]
    public void Its_average_ends_nearer_the_minimum_than_constant_rate_sgd_under_noise()
    {
        // Constant rate, noisy gradients: plain SGD bounces at its noise floor; x averages the noise away.
        double free = 0, plain = 0;
        for (int seed = 0; seed < 20; seed++)
        {
            var optimizer = Optimizer.ScheduleFreeSgd(0.1, momentum: 0.9);
            var sgd = Optimizer.Sgd(0.1);
            var random = new Random(seed);
            double[] y = [2.0], q = [2.0];
            var state = optimizer.CreateState(1);
            var sgdState = sgd.CreateState(1);
            for (int t = 0; t < 2000; t++)
            {
                double noise = random.NextDouble() - 0.5;
                optimizer.Step(y, [y[0] + noise], state);
                sgd.Step(q, [q[0] + noise], sgdState);
            }
            free += Math.Abs(optimizer.EvaluationPoint(state, y)[0]) / 20;
            plain += Math.Abs(q[0]) / 20;
        }
        Assert.True(free < 0.5 * plain, $"mean |x| = {free}, mean |SGD iterate| = {plain}");
    }

    [Fact]
    public void Names_show_the_options_that_differ_from_the_reference_defaults()
    {
        Assert.Equal("ScheduleFreeSGD(lr=1)", Optimizer.ScheduleFreeSgd().Name);
        Assert.Equal("ScheduleFreeSGD(lr=0.1, momentum=0.5, warmup=10)", Optimizer.ScheduleFreeSgd(0.1, momentum: 0.5, warmupSteps: 10).Name);
        Assert.Equal("ScheduleFreeAdamW(lr=0.0025)", Optimizer.ScheduleFreeAdamW().Name);
        Assert.Equal("ScheduleFreeAdamW(lr=0.01, weight_decay=0.1, beta2=0.99)", Optimizer.ScheduleFreeAdamW(0.01, beta2: 0.99, weightDecay: 0.1).Name);
    }

    public static TheoryData<string, Func<Optimizer>, string, string> BadArguments => new()
    {
        { "sf-sgd lr < 0", () => Optimizer.ScheduleFreeSgd(-1), "learningRate", "[0, +inf)" },
        { "sf-sgd momentum > 1", () => Optimizer.ScheduleFreeSgd(0.1, momentum: 1.5), "momentum", "[0, 1]" },
        { "sf-sgd momentum NaN", () => Optimizer.ScheduleFreeSgd(0.1, momentum: double.NaN), "momentum", "[0, 1]" },
        { "sf-sgd weight decay < 0", () => Optimizer.ScheduleFreeSgd(0.1, weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "sf-sgd warm-up < 0", () => Optimizer.ScheduleFreeSgd(0.1, warmupSteps: -1), "warmupSteps", ">= 0" },
        { "sf-sgd r < 0", () => Optimizer.ScheduleFreeSgd(0.1, r: -1), "r", "[0, +inf)" },
        { "sf-sgd weight lr power inf", () => Optimizer.ScheduleFreeSgd(0.1, weightLrPower: double.PositiveInfinity), "weightLrPower", "[0, +inf)" },
        { "sf-adamw lr NaN", () => Optimizer.ScheduleFreeAdamW(double.NaN), "learningRate", "[0, +inf)" },
        { "sf-adamw beta1 < 0", () => Optimizer.ScheduleFreeAdamW(beta1: -0.1), "beta1", "[0, 1]" },
        { "sf-adamw beta2 = 1", () => Optimizer.ScheduleFreeAdamW(beta2: 1), "beta2", "[0, 1)" },
        { "sf-adamw eps < 0", () => Optimizer.ScheduleFreeAdamW(eps: -1e-8), "eps", "[0, +inf)" },
        { "sf-adamw weight decay < 0", () => Optimizer.ScheduleFreeAdamW(weightDecay: -0.1), "weightDecay", "[0, +inf)" },
        { "sf-adamw warm-up < 0", () => Optimizer.ScheduleFreeAdamW(warmupSteps: -5), "warmupSteps", ">= 0" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Rejects_bad_arguments(string description, Func<Optimizer> make, string parameter, string range)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => make());
        Assert.True(error.ParamName == parameter, $"{description}: ParamName {error.ParamName}");
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_point_rejects_a_foreign_state_and_wrong_lengths()
    {
        var optimizer = Optimizer.ScheduleFreeSgd(0.1);
        var state = optimizer.CreateState(2);
        Assert.Throws<ArgumentNullException>(() => optimizer.EvaluationPoint(null!, new double[2]));
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => optimizer.EvaluationPoint(Optimizer.ScheduleFreeSgd(0.2).CreateState(2), new double[2])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => optimizer.EvaluationPoint(state, new double[3])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => optimizer.WriteEvaluationPoint(state, new double[2], new double[1])).ParamName);
    }
}
