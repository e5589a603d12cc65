using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class CurvatureTests
{
    [Fact]
    public void The_ill_conditioned_bowl_of_the_course_has_limit_one_half()
    {
        // f = 0.1 x² + 2 y² has Hessian diag(0.2, 4).
        var bowl = new QuadraticForm(0.2, 0, 4);

        Assert.Equal([0.2, 4], Curvature.Eigenvalues(bowl, 0, 0), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(4, Curvature.LargestEigenvalue(bowl, 1, -1), 12);
        Assert.Equal(0.5, Curvature.StabilityLimit(bowl, 0, 0), 12);
    }

    [Fact]
    public void A_rotated_bowl_gives_the_eigenvalues_not_the_diagonal()
    {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        var rotated = new QuadraticForm(2, 1, 2);

        Assert.Equal([1, 3], Curvature.Eigenvalues(rotated, 0.3, 0.7), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(2.0 / 3, Curvature.StabilityLimit(rotated, 0, 0), 12);
    }

    [Fact]
    public void The_limit_separates_shrinking_from_growing_gradient_descent_iterates()
    {
        var rotated = new QuadraticForm(2, 1, 2);
        double limit = Curvature.StabilityLimit(rotated, 0, 0);

        Assert.True(GradientDescentNorm(rotated, 0.99 * limit) < 1e-3);
        Assert.True(GradientDescentNorm(rotated, 1.01 * limit) > 1);
    }

    [Fact]
    public void Contraction_factors_are_one_minus_rate_times_eigenvalue_in_absolute_value()
    {
        Assert.Equal([0.98, 0.6], Curvature.ContractionFactors([0.2, 4], 0.1), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.88, 1.4], Curvature.ContractionFactors([0.2, 4], 0.6), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        var saddle = new QuadraticForm(-1, 0, -2);
        Assert.Equal("at", Assert.Throws<ArgumentException>(() => Curvature.StabilityLimit(saddle, 0, 0)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentException>(() => Curvature.Eigenvalues(saddle, 0)).ParamName);
        Assert.Equal("surface", Assert.Throws<ArgumentNullException>(() => Curvature.Eigenvalues(null!, 0, 0)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Curvature.ContractionFactors([1], -1)).ParamName);
        Assert.Equal("eigenvalues[0]", Assert.Throws<ArgumentOutOfRangeException>(() => Curvature.ContractionFactors([double.NaN], 1)).ParamName);
    }

    private static double GradientDescentNorm(QuadraticForm surface, double rate)
    {
        double[] x = [1, -0.5];
        for (int t = 0; t < 2000; t++)
        {
            double[] g = surface.Gradient(x);
            x[0] -= rate * g[0];
            x[1] -= rate * g[1];
        }
        return Math.Sqrt(x[0] * x[0] + x[1] * x[1]);
    }
}
