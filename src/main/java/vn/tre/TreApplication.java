package vn.tre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tre, the working platform of Vietnam's local foreign-affairs network. */
@SpringBootApplication
@EnableScheduling
public class TreApplication {

	public static void main(String[] args) {
		SpringApplication.run(TreApplication.class, args);
	}
}
