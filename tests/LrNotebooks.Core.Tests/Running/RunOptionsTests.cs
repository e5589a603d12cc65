using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Tests.Running;

public sealed class RunOptionsTests
{
    [Fact]
    public void DefaultsAreTheDocumentedOnes()
    {
        var o = new RunOptions();
        Assert.Equal(100, o.Steps);
        Assert.Equal(0, o.Tolerance);
        Assert.False(o.StopAtConvergence);
        Assert.Equal(0, o.GradientNoise);
        Assert.Equal(0, o.Seed);
        Assert.Equal(1e6, o.DivergenceFactor);
        Assert.Null(o.Label);
        var custom = o with { Steps = 0, Tolerance = 0, GradientNoise = 2, Seed = -5, DivergenceFactor = 1.0001, Label = "x", StopAtConvergence = true };
        Assert.Equal(0, custom.Steps);
        Assert.Equal(-5, custom.Seed);
        Assert.Equal(1.0001, custom.DivergenceFactor);
    }

    [Fact]
    public void EveryOptionIsValidatedInInitializersAndWithExpressions()
    {
        AssertRejected("Steps", () => new RunOptions { Steps = -1 });
        AssertRejected("Steps", () => new RunOptions() with { Steps = int.MinValue });
        foreach (double bad in new[] { -1e-9, double.NaN, double.PositiveInfinity })
        {
            AssertRejected("Tolerance", () => new RunOptions { Tolerance = bad });
            AssertRejected("GradientNoise", () => new RunOptions { GradientNoise = bad });
        }
        foreach (double bad in new[] { 1, 0.5, 0, -3, double.NaN, double.PositiveInfinity })
        {
            var e = AssertRejected("DivergenceFactor", () => new RunOptions { DivergenceFactor = bad });
            Assert.Contains("(1, +inf)", e.Message);
        }
        AssertRejected("Label", () => new RunOptions { Label = "" });
        AssertRejected("Label", () => new RunOptions { Label = "  " });
    }

    private static ArgumentException AssertRejected(string name, Func<RunOptions> make)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => make());
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name, e.Message);
        return e;
    }
}
