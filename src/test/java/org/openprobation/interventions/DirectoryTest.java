package org.openprobation.interventions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DirectoryTest {

	@Autowired
	Directory directory;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servicesAreFoundByNeedAndByTheBoroughTheyCover() {
		var practitioner = users.find("practitioner").orElseThrow();
		long camden = jdbc.sql("select id from organisation.borough where name = 'Camden'").query(Long.class).single();
		List<Service> all = directory.search(practitioner, null, null);
		assertThat(all).hasSizeGreaterThanOrEqualTo(5 * Need.values().length);
		List<Service> alcoholInCamden = directory.search(practitioner, Need.ALCOHOL, camden);
		assertThat(alcoholInCamden).isNotEmpty().allSatisfy(s -> {
			assertThat(s.need()).isEqualTo(Need.ALCOHOL);
			assertThat(s.boroughs()).contains("Camden");
		});
		assertThat(alcoholInCamden).isSortedAccordingTo(java.util.Comparator.comparingInt(Service::waitingWeeks));
		assertThat(directory.search(practitioner, Need.WOMENS_SERVICES, camden))
			.allSatisfy(s -> assertThat(s.gender()).isEqualTo("WOMEN"));
		assertThat(directory.search(practitioner, Need.THINKING_AND_BEHAVIOUR, null))
			.allSatisfy(s -> assertThat(s.accredited()).isTrue());
	}

}
