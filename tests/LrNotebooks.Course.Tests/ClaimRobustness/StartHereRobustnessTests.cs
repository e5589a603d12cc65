namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class StartHereRobustnessTests
{
    [Theory]
    [ClaimRobustness("00", "warm-up")]
    [InlineData(0.3, 1.0, 2.0)]
    [InlineData(0.1, 1.0, 2.0)]
    [InlineData(0.9, 1.0, -3.0)]
    [InlineData(0.05, 4.0, 0.7)]
    public void One_gradient_step_matches_the_hand_computation(double learningRate, double curvature, double start)
    {
        var verdict = StartHereClaims.OneGradientStep(learningRate, curvature, start);
        Assert.True(verdict.Holds, verdict.Evidence);
    }
}
