using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// A convex quadratic f(x) = ½ xᵀ H x with a constant, positive definite Hessian H (<see cref="Parabola"/>,
/// <see cref="Quadratic"/>). On such a surface everything about plain gradient descent is known in closed form:
/// along the eigenvector of eigenvalue λ the error is multiplied by (1 − ηλ) per step, so descent with learning
/// rate η converges iff η &lt; 2/L (L the largest eigenvalue), oscillates in sign iff η &gt; 1/λ, and the best
/// constant rate is 2/(λ_min + λ_max) (Nesterov, <i>Introductory Lectures on Convex Optimization</i>, 2004, §1.2.3;
/// Goh, "Why Momentum Really Works", Distill 2017).
/// </summary>
public abstract record QuadraticSurface : Surface
{
    /// <summary>The constant Hessian H.</summary>
    public Matrix<double> Curvature => Hessian(new double[Dimension]);

    /// <summary>The eigenvalues of H in ascending order (computed with Math.NET's symmetric eigen-decomposition).</summary>
    public IReadOnlyList<double> Eigenvalues =>
        Curvature.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();

    /// <summary>L, the largest eigenvalue of H (the Lipschitz constant of the gradient, the "sharpness").</summary>
    public double LargestEigenvalue => Eigenvalues[^1];

    /// <summary>μ, the smallest eigenvalue of H (the strong-convexity constant).</summary>
    public double SmallestEigenvalue => Eigenvalues[0];

    /// <summary>κ = L / μ; gradient descent needs about κ steps per e-fold of error at its best constant rate.</summary>
    public double ConditionNumber => LargestEigenvalue / SmallestEigenvalue;

    /// <summary>2/L: plain gradient descent with a constant learning rate converges below it and diverges above it.</summary>
    public double StabilityLimit => 2 / LargestEigenvalue;

    /// <summary>2/(μ + L): the constant learning rate with the fastest worst-case convergence, rate (κ − 1)/(κ + 1).</summary>
    public double OptimalLearningRate => 2 / (SmallestEigenvalue + LargestEigenvalue);
}
