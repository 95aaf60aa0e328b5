package org.credence.business.control;

import org.credence.business.entity.Uscc;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;

/** The answer for a code no business is registered under, wherever a business is looked up by its code. */
public final class UnknownBusiness {

    private UnknownBusiness() {}

    /** 404, or 400 if the code is no USCC at all (checked again here: a lookup's key is taken as sent). */
    public static NotFoundException of(Uscc code) {
        Uscc uscc = Uscc.parse(code.value());
        return new NotFoundException("unknown-business", Message.of("no-business-with-uscc-is-registered", uscc));
    }
}
