package org.openprobation.access.web;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What one sign-in spends checking the password with the platform's own encoder: the
 * floor under the sign-in's response time (ADR 14). Run with
 * {@code bash bench/password.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordCheckBenchmark {

	private final PasswordEncoder encoder = PasswordConfiguration.passwordEncoder();

	private final String stored = encoder.encode("a synthetic password for the benchmark");

	@Benchmark
	public boolean rightPassword() {
		return encoder.matches("a synthetic password for the benchmark", stored);
	}

	@Benchmark
	public boolean wrongPassword() {
		return encoder.matches("not the password", stored);
	}

}
