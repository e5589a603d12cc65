using System.Numerics;
using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>The SIMD path and the scalar path compute the same formula in the same order: results agree bit for bit.</summary>
public sealed class VectorizationTests
{
    public static TheoryData<string> Names => OptimizerCatalog.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Vector_path_equals_scalar_path_bit_for_bit(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        foreach (int n in new[] { 1, 3, 17, 1001, 4 * Vector<double>.Count })
        {
            var (vectorized, vectorState) = OptimizerCatalog.Run(optimizer, n, steps: 30);
            (double[] Point, OptimizerState State) scalar;
            Vectorization.ScalarOnly = true;
            try { scalar = OptimizerCatalog.Run(optimizer, n, steps: 30); }
            finally { Vectorization.ScalarOnly = false; }

            Assert.Equal(scalar.Point, vectorized);
            for (int b = 0; b < vectorState.BufferCount; b++) Assert.Equal(scalar.State.Buffer(b).ToArray(), vectorState.Buffer(b).ToArray());
        }
    }

    [Fact]
    public void The_vector_path_is_exercised()
    {
        // Lengths >= the vector width use whole vectors on SIMD hardware; otherwise the comparison above would be vacuous.
        Assert.True(Vector.IsHardwareAccelerated, "this machine has no SIMD acceleration, so the vector path is not tested");
        Assert.Equal(1000 - 1000 % Vector<double>.Count, Vectorization.VectorizedLength(1000));
        Assert.Equal(0, Vectorization.VectorizedLength(Vector<double>.Count - 1));
    }
}
