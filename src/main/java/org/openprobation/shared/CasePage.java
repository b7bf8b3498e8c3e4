package org.openprobation.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the page being made as being about a case when its address does not say so (an
 * appointment's outcome, a referral, a warning letter), so that the layout shows the
 * case's header and any outstanding warrant above it, as on every page under
 * {@code /cases/{crn}}.
 */
public final class CasePage {

	public static final String ATTRIBUTE = "openprobation.casePage";

	private CasePage() {
	}

	public static void about(String crn) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, crn.strip(), RequestAttributes.SCOPE_REQUEST);
		}
	}

}
