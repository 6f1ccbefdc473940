package com.porchlight.lead.demo;

import java.util.List;

/** Common US first and last names (census and SSA lists), combined at random: no real person is described. */
final class Names {

    static final List<String> FIRST = List.of(("James Mary Robert Patricia John Jennifer Michael Linda David "
            + "Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa "
            + "Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul "
            + "Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa Timothy Deborah Ronald Stephanie Jason "
            + "Rebecca George Sharon Edward Laura Jeffrey Cynthia Ryan Amy Jacob Kathleen Nicholas Angela Gary Emma "
            + "Eric Brenda Jonathan Pamela Stephen Nicole Larry Anna Justin Samantha Scott Katherine Brandon Christine "
            + "Benjamin Rachel Samuel Carolyn Gregory Janet Alexander Maria Patrick Olivia Frank Heather Raymond Helen "
            + "Jack Catherine Dennis Diane Tyler Julie Aaron Victoria Jose Lauren Adam Kelly Nathan Christina Henry "
            + "Megan Zachary Andrea Douglas Hannah Peter Jacqueline Kyle Madison Noah Teresa Ethan Abigail Jeremy "
            + "Sophia Christian Gloria Walter Kathryn Keith Isabella Austin Charlotte Sean Julia Jordan Grace Luis "
            + "Camila Carlos Valentina Miguel Ximena Jorge Lucia Alejandro Gabriela Juan Daniela Wei Mei Hiroshi Yuki "
            + "Priya Arjun Anh Minh Jin Ji-woo Fatima Omar Aisha Malik Imani DeShawn Jamal Keisha Tamika Andre "
            + "Latoya Marcus Jasmine Trevor Brianna Connor Destiny Diego Paola Mateo Elena Ravi Ananya").split(" "));

    static final List<String> LAST = List.of(("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez "
            + "Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
            + "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
            + "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner "
            + "Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan "
            + "Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
            + "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
            + "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero "
            + "Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant "
            + "Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez "
            + "McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson "
            + "Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner "
            + "Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson "
            + "Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kowalski O'Brien Nakamura Wang Singh Shah Le "
            + "Pham Park Choi Yamamoto Okafor Haddad Cohen Novak Lindqvist Brennan Delgado Estrada Abbott").split(" "));

    private Names() {
    }
}
