using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>A step allocates nothing: the update is one pass over spans and the state's preallocated buffers.</summary>
public sealed class AllocationTests
{
    public static TheoryData<string> Names => OptimizerCatalog.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Hundred_steps_allocate_zero_bytes(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        const int n = 37;
        double[] p = OptimizerCatalog.Start(n), g = new double[n], effective = new double[n];
        for (int i = 0; i < n; i++) g[i] = 0.01 * (i - 18);
        OptimizerState state = optimizer.CreateState(n);
        optimizer.Step(p, g, state); // warm up: JIT compilation and static initialization may allocate once
        optimizer.EffectiveStepSize(state, effective);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 100; t++) optimizer.Step(p, g, state);
        optimizer.EffectiveStepSize(state, effective);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(101, state.Step);
    }
}
