using LrNotebooks.Core.Surfaces;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// Curvature facts that set the largest usable learning rate. Near a minimum x* every surface looks like
/// its quadratic model f(x* + d) ≈ f* + ½ dᵀ H d; gradient descent multiplies the component of d along the
/// Hessian eigenvector i by (1 - η λᵢ) per step, so it is stable iff |1 - η λᵢ| &lt; 1 for every i, i.e.
/// 0 &lt; η &lt; 2 / λ_max (Goh, "Why Momentum Really Works", Distill 2017; Nesterov, Lectures on Convex
/// Optimization, 2018, §1.2).
/// </summary>
public static class Curvature
{
    /// <summary>The eigenvalues of the Hessian of <paramref name="surface"/> at <paramref name="at"/>, ascending.</summary>
    public static double[] Eigenvalues(Surface surface, params double[] at)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(at);
        Guard.SameLength(surface.Dimension, at.Length, nameof(at));
        Matrix<double> hessian = surface.Hessian(at);
        // The Hessian is symmetric, so its eigenvalues are real; the symmetric solver is exact about that.
        double[] values = [.. hessian.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real)];
        Array.Sort(values);
        return values;
    }

    /// <summary>λ_max: the largest Hessian eigenvalue at <paramref name="at"/> (the curvature L of the stiffest direction).</summary>
    public static double LargestEigenvalue(Surface surface, params double[] at) => Eigenvalues(surface, at)[^1];

    /// <summary>
    /// 2 / λ_max at <paramref name="at"/>: plain gradient descent with a constant learning rate converges
    /// to a minimum with this Hessian iff 0 &lt; η &lt; 2 / λ_max (exact for quadratics).
    /// </summary>
    /// <exception cref="ArgumentException">The Hessian has no positive eigenvalue at <paramref name="at"/> (no stability limit).</exception>
    public static double StabilityLimit(Surface surface, params double[] at)
    {
        double largest = LargestEigenvalue(surface, at);
        if (!(largest > 0))
            throw new ArgumentException($"at must be a point where the Hessian has a positive eigenvalue (largest eigenvalue > 0), but the largest was {Numbers.Format(largest)}.", nameof(at));
        return 2 / largest;
    }

    /// <summary>
    /// The per-step factors |1 - η λᵢ| by which gradient descent with learning rate <paramref name="learningRate"/>
    /// shrinks (factor &lt; 1) or grows (factor &gt; 1) the error along each eigen-direction.
    /// </summary>
    public static double[] ContractionFactors(IReadOnlyList<double> eigenvalues, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        Guard.NonNegative(learningRate);
        var factors = new double[eigenvalues.Count];
        for (int i = 0; i < factors.Length; i++) factors[i] = Math.Abs(1 - learningRate * Guard.Finite(eigenvalues[i], $"{nameof(eigenvalues)}[{i}]"));
        return factors;
    }
}
