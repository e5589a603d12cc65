using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

public sealed class NoisyRunTests
{
    private static readonly Surface Bowl = Surface.Quadratic(0.1, 2);

    [Fact]
    public void SameSeedGivesBitIdenticalTrajectories()
    {
        var options = new RunOptions { Steps = 300, GradientNoise = 0.7, Seed = 5 };
        var a = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], options);
        var b = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], options);
        AssertBitIdentical(a, b);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentTrajectories()
    {
        var a = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], new RunOptions { Steps = 50, GradientNoise = 0.7, Seed = 1 });
        var b = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], new RunOptions { Steps = 50, GradientNoise = 0.7, Seed = 2 });
        Assert.Equal(a.Points[0], b.Points[0]);
        for (int t = 1; t <= 50; t++) Assert.NotEqual(a.Points[t], b.Points[t]);
    }

    [Fact]
    public void ZeroNoiseIsTheExactRunWhateverTheSeed()
    {
        var exact = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], 40);
        var seeded = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], new RunOptions { Steps = 40, Seed = 99 });
        AssertBitIdentical(exact, seeded);
    }

    [Fact]
    public void NoiseHasTheRequestedStandardDeviationAndTheSeedsDrawsInOrder()
    {
        // On f = x²/2 with GD: x_{t+1} = x_t − η (x_t + σ ξ_t), so σ ξ_t = (x_t − x_{t+1})/η − x_t.
        const double sigma = 0.5, lr = 0.1;
        const int steps = 20_000;
        var run = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(lr), [1.0],
            new RunOptions { Steps = steps, GradientNoise = sigma, Seed = 11 });
        var noise = Enumerable.Range(0, steps).Select(t => (run.Points[t][0] - run.Points[t + 1][0]) / lr - run.Points[t][0]).ToArray();
        double mean = noise.Average();
        double std = Math.Sqrt(noise.Select(v => (v - mean) * (v - mean)).Sum() / (steps - 1));
        // Standard errors: mean σ/√n = 0.0035, std σ/√(2n) = 0.0025.
        Assert.InRange(mean, -0.018, 0.018);
        Assert.InRange(std, sigma * 0.975, sigma * 1.025);
        // And they are exactly σ times the seed's normal numbers, in order.
        var reference = new GaussianNoise(11);
        for (int t = 0; t < 100; t++) Assert.Equal(sigma * reference.Next(), noise[t], 1e-9);
    }

    [Fact]
    public void NoiseIsDrawnPerCoordinateInOrderAndScalesWithSigma()
    {
        // Common random numbers: the same seed with twice the σ sees twice the perturbation at the first step.
        double[] start = [2.0, 1.0];
        var exact = Descent.Run(Bowl, Optimizer.Sgd(0.1), start, 1);
        var small = Descent.Run(Bowl, Optimizer.Sgd(0.1), start, new RunOptions { Steps = 1, GradientNoise = 0.5, Seed = 3 });
        var large = Descent.Run(Bowl, Optimizer.Sgd(0.1), start, new RunOptions { Steps = 1, GradientNoise = 1.0, Seed = 3 });
        var z = new GaussianNoise(3);
        double z0 = z.Next(), z1 = z.Next();
        Assert.Equal(exact.Points[1][0] - 0.1 * 0.5 * z0, small.Points[1][0], 14);
        Assert.Equal(exact.Points[1][1] - 0.1 * 0.5 * z1, small.Points[1][1], 14);
        Assert.Equal(2 * (small.Points[1][0] - exact.Points[1][0]), large.Points[1][0] - exact.Points[1][0], 14);
    }

    [Fact]
    public void RecordedGradientNormsAreExactNotNoisy()
    {
        var run = Descent.Run(Bowl, Optimizer.Sgd(0.1), [2.0, 1.0], new RunOptions { Steps = 20, GradientNoise = 3, Seed = 4 });
        for (int t = 0; t <= 20; t++)
        {
            var g = Bowl.Gradient(run.Points[t]);
            Assert.Equal(Math.Sqrt(g[0] * g[0] + g[1] * g[1]), run.GradientNorms[t], 12);
        }
    }

    internal static void AssertBitIdentical(Trajectory a, Trajectory b)
    {
        Assert.Equal(a.Status, b.Status);
        Assert.Equal(a.Label, b.Label);
        Assert.Equal(Bits(a.Points), Bits(b.Points));
        Assert.Equal(Bits(a.EffectiveStepSizes), Bits(b.EffectiveStepSizes));
        Assert.Equal(a.Losses.Select(BitConverter.DoubleToInt64Bits), b.Losses.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(a.GradientNorms.Select(BitConverter.DoubleToInt64Bits), b.GradientNorms.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(a.LearningRates.Select(BitConverter.DoubleToInt64Bits), b.LearningRates.Select(BitConverter.DoubleToInt64Bits));
    }

    private static long[] Bits(IEnumerable<double[]> rows) => rows.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits).ToArray();
}
