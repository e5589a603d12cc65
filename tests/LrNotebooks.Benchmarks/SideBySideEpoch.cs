using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The trainer against PyTorch 1.13 in one run, interleaved round by round: every round times one C# training pass,
/// the same pass in PyTorch on OpenBLAS and on netlib's reference BLAS, then one whole epoch (pass + evaluation of
/// all 1,797 images) on each side, and the FMA peak of the core at that moment. Ratios are taken per round, so
/// load from other processes hits both sides alike; the report gives their median and the ratio of the minima.
/// Before timing, each PyTorch process trains one epoch from the C# trainer's initial weights and batch order and
/// returns its batch losses and epoch metrics as exact hex floats, which are compared with the C# trainer's.
/// Run: <c>dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --side-by-side [rounds]</c>.
/// </summary>
internal static class SideBySideEpoch
{
    private const string Python = "/usr/bin/python3";
    private const string ReferenceBlas = "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3";

    internal static void Run(int rounds)
    {
        var culture = CultureInfo.InvariantCulture;
        var data = Digits.Load();
        var network = Network.ForDigits(64);
        string directory = Directory.CreateTempSubdirectory("lrnotebooks-side-by-side-").FullName;
        try
        {
            var reference = Export(network, data, directory);
            var torch = new List<TorchProcess>
            {
                new("PyTorch, OpenBLAS", directory, new() { ["OPENBLAS_NUM_THREADS"] = "1" }),
                new("PyTorch, reference BLAS", directory, new() { ["OPENBLAS_NUM_THREADS"] = "1", ["LD_PRELOAD"] = ReferenceBlas }),
            };
            foreach (var process in torch)
            {
                Console.WriteLine($"{process.Name}: {process.Description}");
                Console.WriteLine(string.Create(culture,
                    $"  same work: {process.Losses.Length} batch losses, max |difference| {MaxDifference(process.Losses, reference.Losses):E2}; epoch metrics max |difference| {MaxDifference(process.Metrics, reference.Metrics):E2}"));
            }

            var session = new TrainingSession(network, data.Train, Optimizer.Sgd(0.01, momentum: 0.9), batchSize: 32, seed: 0, shuffleSeed: 1);
            double TrainingPass()
            {
                session.Shuffle();
                double loss = 0;
                for (int batch = 0; batch < session.BatchesPerEpoch; batch++)
                {
                    loss = session.ComputeBatch(batch);
                    session.Step();
                }
                return loss;
            }
            double OneEpoch() => Trainer.Train(network, data, Optimizer.Sgd(0.01, momentum: 0.9), new TrainingOptions { Epochs = 1 }).BestValidationAccuracy ?? 0;

            for (int i = 0; i < 200; i++) { TrainingPass(); OneEpoch(); } // past tiered JIT
            for (int i = 0; i < 20; i++) { FmaPeak.Run256(); FmaPeak.Run512(); }
            foreach (var process in torch) for (int i = 0; i < 5; i++) { process.Time("pass"); process.Time("epoch"); }

            string load = File.ReadAllText("/proc/loadavg").Trim();
            var columns = new List<Column>();
            Column Add(string name) { var c = new Column(name, new double[rounds], new double[rounds]); columns.Add(c); return c; }
            var csPass = Add("C# training pass");
            var torchPass = torch.Select(p => Add($"{p.Name} training pass")).ToArray();
            var csEpoch = Add("C# one epoch");
            var torchEpoch = torch.Select(p => Add($"{p.Name} one epoch")).ToArray();
            var peak256 = Add("FMA peak probe, 256-bit");
            var peak512 = Add("FMA peak probe, 512-bit");
            double sink = 0;
            for (int r = 0; r < rounds; r++)
            {
                csPass.Measure(r, () => sink += TrainingPass());
                for (int p = 0; p < torch.Count; p++) (torchPass[p].Wall[r], torchPass[p].Cpu[r]) = torch[p].Time("pass");
                csEpoch.Measure(r, () => sink += OneEpoch());
                for (int p = 0; p < torch.Count; p++) (torchEpoch[p].Wall[r], torchEpoch[p].Cpu[r]) = torch[p].Time("epoch");
                peak256.Measure(r, () => sink += FmaPeak.Run256());
                peak512.Measure(r, () => sink += FmaPeak.Run512());
            }
            foreach (var process in torch) process.Dispose();
            string loadAfter = File.ReadAllText("/proc/loadavg").Trim();

            Console.WriteLine();
            Console.WriteLine(string.Create(culture, $"{rounds} interleaved rounds; /proc/loadavg before: {load}; after: {loadAfter} ({(sink > 0 ? "ok" : "")})"));
            Console.WriteLine("| Timed call | Wall median ms | Wall min ms | CPU median ms | CPU min ms |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var c in columns)
                Console.WriteLine(string.Create(culture,
                    $"| {c.Name} | {Median(c.Wall) * 1e3:F3} | {c.Wall.Min() * 1e3:F3} | {Median(c.Cpu) * 1e3:F3} | {c.Cpu.Min() * 1e3:F3} |"));

            Console.WriteLine();
            Console.WriteLine("| Ratio (PyTorch time / C# time) | Wall: median of per-round ratios | Wall: ratio of minima | CPU: median of per-round ratios | CPU: ratio of minima |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            for (int p = 0; p < torch.Count; p++)
            {
                Ratio($"{torch[p].Name}, training pass", torchPass[p], csPass);
                Ratio($"{torch[p].Name}, one epoch", torchEpoch[p], csEpoch);
            }

            double flops = TrainingPassFlops(network, data.Train.Count);
            double[] gflops = [.. csPass.Wall.Select(s => flops / s / 1e9)];
            double[] peak = [.. peak256.Wall.Select(s => FmaPeak.Flops256 / s / 1e9)];
            double[] peakWide = [.. peak512.Wall.Select(s => FmaPeak.Flops512 / s / 1e9)];
            double[] share = [.. Enumerable.Range(0, rounds).Select(r => gflops[r] / peak[r])];
            double[] shareWide = [.. Enumerable.Range(0, rounds).Select(r => gflops[r] / peakWide[r])];
            Console.WriteLine();
            Console.WriteLine(string.Create(culture,
                $"Training pass: {flops / 1e6:F2} MFLOP (multiply-adds of forward, weight gradients and hidden delta, x2); " +
                $"{Median(gflops):F1} GFLOP/s median, {gflops.Max():F1} best (wall clock)."));
            Console.WriteLine(string.Create(culture,
                $"FMA peak probe: 256-bit {Median(peak):F1} GFLOP/s median, {peak.Max():F1} best; 512-bit {Median(peakWide):F1} median, {peakWide.Max():F1} best."));
            Console.WriteLine(string.Create(culture,
                $"Training pass / 256-bit peak of the same round: median {Median(share):P1}; best pass / best peak {gflops.Max() / peak.Max():P1}. " +
                $"Against the 512-bit peak: median {Median(shareWide):P1}, best / best {gflops.Max() / peakWide.Max():P1}."));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        void Ratio(string name, Column slow, Column fast)
        {
            double[] wall = [.. Enumerable.Range(0, rounds).Select(r => slow.Wall[r] / fast.Wall[r])];
            double[] cpu = [.. Enumerable.Range(0, rounds).Select(r => slow.Cpu[r] / fast.Cpu[r])];
            Console.WriteLine(string.Create(culture,
                $"| {name} | {Median(wall):F2}x | {slow.Wall.Min() / fast.Wall.Min():F2}x | {Median(cpu):F2}x | {slow.Cpu.Min() / fast.Cpu.Min():F2}x |"));
        }
    }

    /// <summary>
    /// Floating-point operations of one training pass (a multiply-add counts 2): per row, the forward pass of every
    /// layer, the weight gradient of every layer, and the delta of every layer's input except the first.
    /// </summary>
    internal static double TrainingPassFlops(Network network, int rows)
    {
        double perRow = 0;
        for (int l = 0; l < network.LayerCount; l++)
        {
            double products = (double)network.LayerSizes[l] * network.LayerSizes[l + 1];
            perRow += l == 0 ? 2 * products : 3 * products;
        }
        return 2 * perRow * rows;
    }

    private sealed record Reference(double[] Losses, double[] Metrics);

    /// <summary>Wall-clock and thread CPU seconds of one timed call per round.</summary>
    private sealed record Column(string Name, double[] Wall, double[] Cpu)
    {
        private static readonly Stopwatch Watch = new();

        public void Measure(int round, Action call)
        {
            double cpu = ThreadCpuTime.Seconds();
            Watch.Restart();
            call();
            Wall[round] = Watch.Elapsed.TotalSeconds;
            Cpu[round] = ThreadCpuTime.Seconds() - cpu;
        }
    }

    /// <summary>Writes the split, initial weights and batch order, and trains the same epoch in C#.</summary>
    private static Reference Export(Network network, DataSplit data, string directory)
    {
        WriteDoubles(Path.Combine(directory, "train_x.f64"), data.Train.Features);
        WriteInts(Path.Combine(directory, "train_y.i32"), data.Train.Labels);
        WriteDoubles(Path.Combine(directory, "validation_x.f64"), data.Validation.Features);
        WriteInts(Path.Combine(directory, "validation_y.i32"), data.Validation.Labels);
        WriteDoubles(Path.Combine(directory, "parameters.f64"), network.InitialParameters(0));
        // The trainer's first epoch order: TrainingSession.Shuffle with the default shuffle seed (Seed + 1).
        int[] order = [.. Enumerable.Range(0, data.Train.Count)];
        DeterministicShuffle.Shuffle(order, new Random(1));
        WriteInts(Path.Combine(directory, "order.i32"), order);
        var run = Trainer.Train(network, data, Optimizer.Sgd(0.01, momentum: 0.9), new TrainingOptions { Epochs = 1, Seed = 0, ShuffleSeed = 1 });
        var e = run.Epochs[0];
        return new Reference([.. run.BatchLosses], [e.TrainLoss, e.TrainAccuracy, e.ValidationLoss, e.ValidationAccuracy]);
    }

    private static void WriteDoubles(string path, ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        for (int i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(double)), values[i]);
        File.WriteAllBytes(path, bytes);
    }

    private static void WriteInts(string path, ReadOnlySpan<int> values)
    {
        var bytes = new byte[values.Length * sizeof(int)];
        for (int i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(int)), values[i]);
        File.WriteAllBytes(path, bytes);
    }

    private static double MaxDifference(double[] a, double[] b)
    {
        if (a.Length != b.Length) throw new InvalidOperationException($"PyTorch returned {a.Length} values, C# {b.Length}.");
        return Enumerable.Range(0, a.Length).Max(i => Math.Abs(a[i] - b[i]));
    }

    internal static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>One pytorch_epoch.py --serve process: checked once, then timed call by call over its standard input.</summary>
    private sealed class TorchProcess : IDisposable
    {
        private readonly Process _process;

        public TorchProcess(string name, string directory, Dictionary<string, string> environment)
        {
            Name = name;
            string script = Path.Combine(AppContext.BaseDirectory, "pytorch_epoch.py");
            var start = new ProcessStartInfo(Python, [script, "--serve", directory])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in environment) start.Environment[key] = value;
            _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
            Losses = ParseHex(Expect("check "));
            Metrics = ParseHex(Expect("metrics "));
            Description = Expect("ready ");
        }

        public string Name { get; }

        public string Description { get; }

        public double[] Losses { get; }

        public double[] Metrics { get; }

        /// <summary>Wall-clock and thread CPU seconds the PyTorch process measured for one call of <paramref name="command"/>.</summary>
        public (double Wall, double Cpu) Time(string command)
        {
            _process.StandardInput.WriteLine(command);
            _process.StandardInput.Flush();
            string line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"{Name} exited");
            string[] parts = line.Split(' ');
            return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        public void Dispose()
        {
            _process.StandardInput.WriteLine("quit");
            _process.StandardInput.Flush();
            _process.WaitForExit();
            _process.Dispose();
        }

        private string Expect(string prefix)
        {
            string line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"{Name} exited");
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidOperationException($"{Name}: expected '{prefix}...', got '{line}'");
            return line[prefix.Length..];
        }

        private static double[] ParseHex(string text) =>
            [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FromHex)];

        /// <summary>Python's float.hex(): [-]0x1.hhhhp[+-]d (or 0x0.0p+0).</summary>
        private static double FromHex(string hex)
        {
            bool negative = hex.StartsWith('-');
            if (negative) hex = hex[1..];
            int p = hex.IndexOf('p');
            string mantissa = hex[2..p];
            int exponent = int.Parse(hex[(p + 1)..], CultureInfo.InvariantCulture);
            int dot = mantissa.IndexOf('.');
            string whole = dot < 0 ? mantissa : mantissa[..dot], fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
            double value = Convert.ToInt64(whole, 16);
            double scale = 1.0 / 16;
            foreach (char c in fraction)
            {
                value += Convert.ToInt32(c.ToString(), 16) * scale; // exact: at most 52 fraction bits
                scale /= 16;
            }
            value = Math.ScaleB(value, exponent);
            return negative ? -value : value;
        }
    }
}
