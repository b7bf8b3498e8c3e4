package org.openprobation.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.openprobation.people.Ethnicity;

/**
 * Common forenames and surnames, grouped loosely by heritage, combined at random with
 * random dates of birth: synthetic people, never a real one.
 */
final class NameBank {

	private NameBank() {
	}

	record Pool(List<String> male, List<String> female, List<String> surnames) {
	}

	static final Pool BRITISH_IRISH = new Pool(
			List.of("James", "John", "Daniel", "Michael", "David", "Thomas", "Ryan", "Jack", "Lee", "Mark", "Paul",
					"Craig", "Scott", "Liam", "Connor", "Jamie", "Dean", "Stephen", "Gary", "Wayne", "Kevin", "Sean",
					"Patrick", "Luke", "Aaron", "George", "Harry", "Callum", "Joe", "Adam"),
			List.of("Sarah", "Emma", "Laura", "Kelly", "Lisa", "Michelle", "Rebecca", "Hannah", "Chloe", "Jade", "Amy",
					"Nicola", "Claire", "Stacey", "Leanne", "Danielle", "Gemma", "Charlotte", "Sophie", "Megan"),
			List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
					"Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
					"Clarke", "Murphy", "Kelly", "O'Brien", "Walsh", "Byrne", "Ryan", "Doyle", "Harris", "Lewis",
					"Baker", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Edwards", "Hughes", "Price",
					"Bennett", "Fletcher", "Marsh"));

	static final Pool EUROPEAN = new Pool(
			List.of("Piotr", "Tomasz", "Marek", "Andrei", "Ionut", "Florin", "Jonas", "Darius", "Marco", "Luis",
					"Arben", "Besnik", "Mateusz", "Vasile", "Nikola"),
			List.of("Anna", "Katarzyna", "Maria", "Elena", "Ioana", "Agnieszka", "Ana", "Laura", "Monika", "Daria"),
			List.of("Kowalski", "Nowak", "Wisniewski", "Popescu", "Ionescu", "Kazlauskas", "Petrov", "Silva", "Santos",
					"Ferreira", "Hoxha", "Krasniqi", "Novak", "Horvath", "Lewandowski", "Dumitru"));

	static final Pool AFRICAN = new Pool(
			List.of("Emmanuel", "Samuel", "Kwame", "Chidi", "Oluwaseun", "Abdi", "Mohamed", "Tunde", "Kofi", "Ibrahim",
					"Daniel", "Joseph", "Yusuf", "Kelechi", "Segun"),
			List.of("Grace", "Blessing", "Amina", "Fatuma", "Chioma", "Abena", "Esther", "Faith", "Hodan", "Funmi"),
			List.of("Okafor", "Adeyemi", "Mensah", "Owusu", "Okonkwo", "Abdullahi", "Hassan", "Ali", "Osei", "Adebayo",
					"Nwosu", "Farah", "Mohamed", "Boateng", "Asante", "Ogunleye", "Warsame"));

	static final Pool CARIBBEAN = new Pool(
			List.of("Jermaine", "Tyrone", "Marcus", "Andre", "Leon", "Kyle", "Dwayne", "Delroy", "Nathan", "Jordan",
					"Reece", "Tyrese", "Kemar", "Curtis", "Trevor"),
			List.of("Shanice", "Tanisha", "Keisha", "Chantelle", "Jasmine", "Aaliyah", "Simone", "Kerry-Ann", "Marcia",
					"Paulette"),
			List.of("Campbell", "Francis", "Thomas", "Grant", "Henry", "Clarke", "Morgan", "Richards", "Bailey", "Reid",
					"Johnson", "Brown", "Williams", "Robinson", "Lewis", "Douglas", "Spencer", "Gayle"));

	static final Pool SOUTH_ASIAN = new Pool(
			List.of("Mohammed", "Ahmed", "Imran", "Arjun", "Rahul", "Amir", "Bilal", "Hamza", "Rohit", "Sanjay",
					"Abdul", "Shahid", "Tariq", "Raj", "Sunil"),
			List.of("Aisha", "Fatima", "Priya", "Nadia", "Sana", "Ayesha", "Shabnam", "Rukhsana", "Anjali", "Kiran"),
			List.of("Khan", "Ahmed", "Hussain", "Patel", "Singh", "Begum", "Rahman", "Uddin", "Miah", "Islam", "Shah",
					"Iqbal", "Kaur", "Sharma", "Chowdhury", "Ali", "Malik"));

	static final Pool EAST_ASIAN = new Pool(List.of("Wei", "Jun", "Ming", "Hao", "Chen", "Kai"),
			List.of("Mei", "Li", "Xiu", "Ying", "Lan"),
			List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Chan", "Lam"));

	static final Pool ARAB_OTHER = new Pool(
			List.of("Omar", "Youssef", "Karim", "Ali", "Hassan", "Mustafa", "Ahmad", "Reza", "Dariusz", "Carlos"),
			List.of("Layla", "Mariam", "Noor", "Yasmin", "Leila", "Sofia"),
			List.of("Haddad", "Nasser", "Saleh", "Mansour", "Khalil", "Aziz", "Abbas", "Rahimi", "Karimi", "Hamid"));

	static Pool poolFor(Ethnicity ethnicity, SplittableRandom random) {
		return switch (ethnicity) {
			case W1, W2, W3, NS -> BRITISH_IRISH;
			case W4 -> EUROPEAN;
			case B1 -> AFRICAN;
			case B2, B3 -> CARIBBEAN;
			case M1, M2, M4 -> random.nextBoolean() ? BRITISH_IRISH : CARIBBEAN;
			case M3 -> random.nextBoolean() ? BRITISH_IRISH : SOUTH_ASIAN;
			case A1, A2, A3, A5 -> SOUTH_ASIAN;
			case A4 -> EAST_ASIAN;
			case O1, O9 -> ARAB_OTHER;
		};
	}

	static final List<Pool> ALL = List.of(BRITISH_IRISH, EUROPEAN, AFRICAN, CARIBBEAN, SOUTH_ASIAN, EAST_ASIAN,
			ARAB_OTHER);

	static final List<String> STREETS = List.of("Albert", "Victoria", "Station", "Church", "Park", "Mill", "Queens",
			"Kings", "Grove", "Manor", "Elm", "Oak", "Cedar", "Windsor", "Clarence", "Milton", "Nelson", "Stanley",
			"Gladstone", "Warwick", "Cambridge", "Oxford", "Hampton", "Lincoln", "Chester", "Beech", "Willow", "Rose",
			"Ash", "Maple");

	static final List<String> STREET_KINDS = List.of("Road", "Street", "Close", "Gardens", "Way", "Court", "Avenue",
			"Lane", "Crescent", "Terrace");

}
